package org.coproduce.shared.api;

import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Completes the OpenAPI document: every error response is application/problem+json with the
 * Problem schema, every operation documents the 500 answer, and every request body and answer has
 * an example ({@link OperationExamples}), so resources only say which errors they give and why.
 */
public class ProblemResponsesFilter implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        requireEveryPropertyOfResponses(openAPI);
        if (openAPI.getPaths() == null) {
            return;
        }
        OperationExamples examples = new OperationExamples(openAPI);
        for (PathItem path : openAPI.getPaths().getPathItems().values()) {
            for (Operation operation : path.getOperations().values()) {
                complete(operation);
                examples.complete(operation);
            }
        }
    }

    /**
     * Answers (views, pages, references) always carry every property, null or not, so clients
     * generated from the contract need not treat each one as optional.
     */
    private static void requireEveryPropertyOfResponses(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        openAPI.getComponents().getSchemas().forEach((name, schema) -> {
            boolean answer = name.endsWith("View")
                    || name.endsWith("Page")
                    || name.endsWith("Ref")
                    || name.endsWith("List")
                    || name.equals("FieldError");
            if (answer && schema.getProperties() != null) {
                schema.setRequired(
                        new java.util.ArrayList<>(schema.getProperties().keySet()));
            }
            if (name.equals("Problem")) {
                schema.setRequired(java.util.List.of("type", "title", "status"));
            }
        });
    }

    private static void complete(Operation operation) {
        if (operation.getResponses() == null) {
            return;
        }
        if (!operation.getResponses().hasAPIResponse("500")) {
            operation
                    .getResponses()
                    .addAPIResponse(
                            "500",
                            OASFactory.createAPIResponse()
                                    .description("Something went wrong on our side; the problem carries a requestId"));
        }
        for (Map.Entry<String, APIResponse> response :
                operation.getResponses().getAPIResponses().entrySet()) {
            if (response.getKey().startsWith("4") || response.getKey().startsWith("5")) {
                response.getValue().setContent(problemContent());
            }
        }
    }

    private static Content problemContent() {
        return OASFactory.createContent()
                .addMediaType(
                        Problem.MEDIA_TYPE,
                        OASFactory.createMediaType()
                                .schema(OASFactory.createSchema().ref("Problem")));
    }
}
