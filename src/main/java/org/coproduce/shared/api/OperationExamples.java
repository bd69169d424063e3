package org.coproduce.shared.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Gives every request body and every answer in the contract an example, built from the schemas'
 * own examples (and plausible values where a property has none), so integrators see a whole
 * request and response for each operation without anyone keeping hand-written copies in step.
 */
final class OperationExamples {
    private static final int DEEPEST = 6;

    private final Map<String, Schema> components;

    OperationExamples(OpenAPI openAPI) {
        this.components =
                openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null
                        ? Map.of()
                        : openAPI.getComponents().getSchemas();
    }

    void complete(Operation operation) {
        if (operation.getRequestBody() != null) {
            complete(operation.getRequestBody().getContent());
        }
        if (operation.getResponses() != null) {
            operation.getResponses().getAPIResponses().values().forEach(response -> complete(response.getContent()));
        }
    }

    private void complete(Content content) {
        if (content == null || content.getMediaTypes() == null) {
            return;
        }
        content.getMediaTypes().forEach((type, media) -> {
            if (media.getExample() == null
                    && (media.getExamples() == null || media.getExamples().isEmpty())) {
                media.setExample(example(type, media));
            }
        });
    }

    private Object example(String type, MediaType media) {
        if (type.startsWith("text/csv")) {
            return "date,value,unit\n2026-10-31,42,visits\n";
        }
        if (type.startsWith("text/calendar")) {
            return "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Coproduce//EN\nEND:VCALENDAR\n";
        }
        return media.getSchema() == null ? Map.of() : value(media.getSchema(), null, 0);
    }

    private Object value(Schema schema, String name, int depth) {
        if (schema.getRef() != null) {
            Schema target =
                    components.get(schema.getRef().substring(schema.getRef().lastIndexOf('/') + 1));
            return target == null || depth > DEEPEST ? null : value(target, name, depth + 1);
        }
        if (schema.getExample() != null) {
            return schema.getExample();
        }
        if (schema.getExamples() != null && !schema.getExamples().isEmpty()) {
            return schema.getExamples().get(0);
        }
        if (schema.getDefaultValue() != null) {
            return schema.getDefaultValue();
        }
        if (schema.getEnumeration() != null && !schema.getEnumeration().isEmpty()) {
            return schema.getEnumeration().get(0);
        }
        for (List<Schema> choices : java.util.Arrays.asList(schema.getAllOf(), schema.getOneOf(), schema.getAnyOf())) {
            if (choices != null) {
                for (Schema choice : choices) {
                    Object value = value(choice, name, depth + 1);
                    if (value != null) {
                        return value;
                    }
                }
            }
        }
        List<Schema.SchemaType> types = schema.getType() == null ? List.of() : schema.getType();
        if (types.contains(Schema.SchemaType.ARRAY) || schema.getItems() != null) {
            Object item =
                    schema.getItems() == null || depth > DEEPEST ? null : value(schema.getItems(), name, depth + 1);
            return item == null ? List.of() : List.of(item);
        }
        if (types.contains(Schema.SchemaType.OBJECT) || schema.getProperties() != null) {
            Map<String, Object> object = new LinkedHashMap<>();
            if (schema.getProperties() != null && depth <= DEEPEST) {
                schema.getProperties()
                        .forEach((property, child) -> object.put(property, value(child, property, depth + 1)));
            }
            return object;
        }
        if (types.contains(Schema.SchemaType.BOOLEAN)) {
            return true;
        }
        if (types.contains(Schema.SchemaType.INTEGER)) {
            return 1;
        }
        if (types.contains(Schema.SchemaType.NUMBER)) {
            if ("latitude".equals(name) || "lat".equals(name)) {
                return 51.4545;
            }
            return "longitude".equals(name) || "long".equals(name) ? -2.5879 : 4.5;
        }
        if (types.contains(Schema.SchemaType.STRING)) {
            return string(schema.getFormat(), name);
        }
        return null;
    }

    private static Object string(String format, String name) {
        if (format == null) {
            return name == null ? "text" : "Some " + name;
        }
        return switch (format) {
            case "uuid" -> "3f2b8c1e-5d4a-4c7b-9e1f-2a6d8b0c4e7f";
            case "date-time" -> "2026-11-29T10:15:30Z";
            case "date" -> "2026-11-29";
            case "uri", "url" -> "https://coproduce.example.org/";
            case "email" -> "someone@example.org";
            default -> name == null ? "text" : "Some " + name;
        };
    }
}
