package org.coproduce.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Supplier;
import org.coproduce.security.AuthorizationMatrixTest.Call;
import org.coproduce.security.AuthorizationMatrixTest.Caller;
import org.coproduce.testing.Api;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * Property-style fuzzing of the whole API. For every create and update operation, a seeded
 * generator turns the operation's valid body (the authorization matrix's recipe) into malformed
 * and boundary bodies: fields replaced with values of the wrong type, empty, huge, control
 * characters, injection strings; fields dropped or added; bodies that are not objects or not JSON
 * at all. Query parameters of every list and path ids get the same treatment, and writes get odd
 * headers. Every answer must be a success or a 4xx problem+json without a stack trace, never a 5xx,
 * and a refused write must leave what it aimed at unchanged. The seed is printed so a failure can
 * be replayed with -Dfuzz.seed.
 */
@QuarkusTest
class FuzzTest {
    private static final int BODIES_PER_OPERATION = 30;
    private static final int QUERIES_PER_OPERATION = 12;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> LEAKS =
            List.of("Exception", "\tat ", "java.lang", "org.hibernate", "SQLState", "org.postgresql", "jakarta.");
    private static final List<Caller> PREFERRED =
            List.of(Caller.OWNER, Caller.STAFF, Caller.ADMIN, Caller.INTEGRATOR_WITH_SCOPE, Caller.CITIZEN);

    private final long seed = Long.getLong("fuzz.seed", 20261129L);
    private final Random random = new Random(seed);
    private final List<String> problems = new ArrayList<>();
    private int cases;

    @Test
    void anAddressTooLongToReadIsRefusedBeforeTheApplication() {
        RestAssured.given().get("/api/v1/ideas?q=" + "x".repeat(10_000)).then().statusCode(414);
    }

    @Test
    void noGeneratedRequestGetsA5xxOrAStackTraceAndRefusedWritesChangeNothing() throws Exception {
        Set<String> operations = AuthorizationMatrixTest.servedOperations();
        Map<String, List<String>> table = AuthorizationMatrixTest.readTable();
        Map<String, List<String>> queryParameters = queryParameters();
        System.out.printf("Fuzzing with seed %d%n", seed);

        for (String operation : operations) {
            if (!AuthorizationMatrixTest.RECIPES.containsKey(operation) || operation.startsWith("DELETE ")) {
                continue;
            }
            Caller caller = allowedCaller(table.get(operation));
            if (operation.startsWith("GET ")) {
                fuzzQuery(operation, caller, queryParameters.getOrDefault(operation, List.of()));
            } else {
                fuzzBodies(operation, caller);
            }
        }
        System.out.printf("Fuzzing: %d generated requests, %d problems%n", cases, problems.size());
        assertThat(problems)
                .as("generated requests answered badly (seed %d)", seed)
                .isEmpty();
    }

    /** The first kind of caller the matrix lets through, so the fuzzing reaches validation. */
    private static Caller allowedCaller(List<String> expected) {
        for (Caller caller : PREFERRED) {
            if (expected != null && expected.get(caller.ordinal()).startsWith("2")) {
                return caller;
            }
        }
        return Caller.OWNER;
    }

    private void fuzzBodies(String operation, Caller caller) throws JsonProcessingException {
        Fixture fx = new Fixture();
        Call valid = AuthorizationMatrixTest.RECIPES.get(operation).apply(fx);
        if (valid.erasesCaller()) {
            return; // its only input is the confirmation, fuzzed as a query below
        }
        String method = operation.substring(0, operation.indexOf(' '));
        for (int i = 0; i < BODIES_PER_OPERATION; i++) {
            String body = mutatedBody(valid.body());
            send(operation, method, valid.path(), caller, valid, body, ContentType.JSON.toString(), Map.of());
        }
        // Odd headers on an otherwise valid request.
        String validBody = valid.body() == null ? "" : JSON.writeValueAsString(valid.body());
        String[] contentTypes = {
            "text/plain", "application/xml", "application/json; charset=bogus", "multipart/form-data; boundary=x", "*/*"
        };
        for (String contentType : contentTypes) {
            send(operation, method, valid.path(), caller, valid, validBody, contentType, Map.of());
        }
        send(
                operation,
                method,
                valid.path(),
                caller,
                valid,
                validBody,
                ContentType.JSON.toString(),
                Map.of("Idempotency-Key", "k".repeat(300), "If-Match", "\"garbage\"", "Accept", "application/xml"));
        send(
                operation,
                method,
                valid.path(),
                caller,
                valid,
                validBody,
                ContentType.JSON.toString(),
                Map.of("X-Request-Id", "r".repeat(5000), "Accept-Language", "xx-INVALID;q=abc"));
        // Ids in the path that are not ids.
        for (String bad : List.of("not-a-uuid", "%00", "..%2F..%2Fetc", "x".repeat(1000), "1%27%20OR%201=1")) {
            String path =
                    valid.path().replaceFirst("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", bad);
            if (!path.equals(valid.path())) {
                send(operation, method, path, caller, valid, validBody, ContentType.JSON.toString(), Map.of());
            }
        }
    }

    private void fuzzQuery(String operation, Caller caller, List<String> parameters) {
        Fixture fx = new Fixture();
        Call valid = AuthorizationMatrixTest.RECIPES.get(operation).apply(fx);
        String base = valid.path().contains("?")
                ? valid.path().substring(0, valid.path().indexOf('?'))
                : valid.path();
        List<String> names = new ArrayList<>(parameters);
        names.add("unknownParameter");
        for (int i = 0; i < QUERIES_PER_OPERATION; i++) {
            StringBuilder query =
                    new StringBuilder(valid.path().contains("?") ? valid.path().substring(base.length()) : "?");
            int count = 1 + random.nextInt(3);
            for (int p = 0; p < count; p++) {
                String name = names.get(random.nextInt(names.size()));
                // Values stay under the request-line limit: longer lines are refused (414) before the
                // application, which anAddressTooLongToReadIsRefusedBeforeTheApplication checks.
                String value = badText();
                value = value.length() > 1_000 ? value.substring(0, 1_000) : value;
                query.append(query.length() > 1 ? "&" : "")
                        .append(name)
                        .append('=')
                        .append(urlEncoded(value));
            }
            send(operation, "GET", base + query, caller, valid, null, ContentType.JSON.toString(), Map.of());
        }
    }

    private void send(
            String operation,
            String method,
            String path,
            Caller caller,
            Call valid,
            String body,
            String contentType,
            Map<String, String> headers) {
        cases++;
        String probe = AuthorizationMatrixTest.probePath(operation, valid.path());
        if (probe != null && probe.endsWith("/deliveries")) {
            // The background sender changes a webhook's deliveries on its own (a redelivery queued by an
            // earlier case goes out), so they cannot show whether this request changed anything.
            probe = null;
        }
        String before = probe == null ? null : Api.as("alice").get(probe).asString();
        RequestSpecification request = caller.request(valid).urlEncodingEnabled(false);
        request = request.contentType(contentType);
        if (valid.form() && body != null) {
            request = request.contentType(ContentType.URLENC).body("service_code=" + urlEncoded(body));
        } else if (body != null) {
            // As bytes, so the client sends the body whatever the Content-Type claims.
            request = request.body(body.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        for (Map.Entry<String, String> header : headers.entrySet()) {
            request = request.header(header.getKey(), header.getValue());
        }
        Response response;
        try {
            response = request.request(method, path);
        } catch (Exception e) { // RestAssured rethrows I/O failures unchecked
            problems.add(operation + " (" + method + " " + abbreviated(path) + ", headers " + headers.keySet()
                    + "): the connection failed: " + e);
            return;
        }
        int status = response.statusCode();
        String answer = response.asString();
        String what = operation + " (" + method + " " + abbreviated(path) + ", body " + abbreviated(body) + ")";
        if (status >= 500) {
            problems.add(what + " answered " + status + ": " + abbreviated(answer));
            return;
        }
        for (String leak : LEAKS) {
            if (answer.contains(leak)) {
                problems.add(what + " leaked '" + leak + "': " + abbreviated(answer));
            }
        }
        boolean open311 = path.startsWith("/api/open311");
        if (status >= 400
                && !open311
                && !String.valueOf(response.contentType()).startsWith("application/problem+json")) {
            problems.add(what + " answered " + status + " as " + response.contentType() + ", not problem+json");
        }
        if (before != null && status >= 400) {
            String after = Api.as("alice").get(probe).asString();
            if (!before.equals(after)) {
                problems.add(what + " was refused with " + status + " but changed " + probe);
            }
        }
    }

    // ------------------------------------------------------------------ the generator

    private String mutatedBody(Object valid) throws JsonProcessingException {
        int kind = random.nextInt(10);
        if (kind == 0) {
            return malformedJson();
        }
        if (kind == 1 || !(valid instanceof Map<?, ?> fields)) {
            return JSON.writeValueAsString(badValue());
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> body = new LinkedHashMap<>((Map<String, Object>) fields);
        int changes = 1 + random.nextInt(3);
        for (int i = 0; i < changes; i++) {
            mutate(body);
        }
        return JSON.writeValueAsString(body);
    }

    private void mutate(Map<String, Object> body) {
        List<String> names = new ArrayList<>(body.keySet());
        int how = random.nextInt(names.isEmpty() ? 1 : 4);
        if (how == 0) {
            body.put(random.nextBoolean() ? "unexpected" : "id", badValue());
            return;
        }
        String name = names.get(random.nextInt(names.size()));
        switch (how) {
            case 1 -> body.remove(name);
            case 2 -> body.put(name, badValue());
            default -> {
                if (body.get(name) instanceof Map<?, ?> nested) {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> inner = new LinkedHashMap<>((Map<String, Object>) nested);
                    mutate(inner);
                    body.put(name, inner);
                } else {
                    body.put(name, badValue());
                }
            }
        }
    }

    private Object badValue() {
        List<Supplier<Object>> values = List.of(
                this::badText,
                () -> null,
                () -> random.nextBoolean(),
                () -> pick(0, -1, 1, Integer.MAX_VALUE, Integer.MIN_VALUE, Long.MAX_VALUE, 1e308, -1e308, 1e-9, 0.5),
                () -> new BigInteger("9".repeat(40)),
                () -> List.of(),
                () -> List.of(badText(), badText()),
                () -> Map.of(),
                () -> Map.of("nested", badText()),
                () -> nestedArrays(60));
        return values.get(random.nextInt(values.size())).get();
    }

    private String badText() {
        List<Supplier<String>> texts = List.of(
                () -> "",
                () -> " ",
                () -> "x".repeat(201),
                () -> "x".repeat(5_001),
                () -> "x".repeat(200_000),
                () -> "\u0000",
                () -> "line\r\nbreak",
                () -> "\uD83D\uDE00\u202E\u200B",
                () -> "<script>alert(1)</script>",
                () -> "' OR '1'='1'; DROP TABLE ideas; --",
                () -> "../../etc/passwd",
                () -> "%s%n%x",
                () -> "NaN",
                () -> "-1",
                () -> "99999999999999999999999",
                () -> "2026-13-45",
                () -> "2026-02-30T25:61:00Z",
                () -> "+999999999-01-01",
                () -> "not-a-uuid",
                () -> "00000000-0000-0000-0000-000000000000",
                () -> UUID.randomUUID().toString(),
                () -> "NOT_A_CHOICE",
                () -> "{\"json\": \"in a string\"}",
                () -> "\\u0000\\");
        return texts.get(random.nextInt(texts.size())).get();
    }

    private String malformedJson() {
        return pick(
                "{",
                "}",
                "[",
                "{\"a\":",
                "{'single': 'quotes'}",
                "{\"a\": 1,}",
                "{\"a\": 1} trailing",
                "\"unterminated",
                "nul",
                "\u0000\u0001\u0002",
                "{\"a\": 1, \"a\": 2}",
                "[".repeat(5_000) + "]".repeat(5_000),
                "{\"a\":".repeat(2_000) + "1" + "}".repeat(2_000),
                "");
    }

    private Object nestedArrays(int depth) {
        Object value = "deep";
        for (int i = 0; i < depth; i++) {
            value = List.of(value);
        }
        return value;
    }

    @SafeVarargs
    private <T> T pick(T... choices) {
        return choices[random.nextInt(choices.length)];
    }

    private static String urlEncoded(String value) {
        return java.net.URLEncoder.encode(value == null ? "" : value, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static String abbreviated(String text) {
        if (text == null) {
            return "none";
        }
        return text.length() <= 200 ? text : text.substring(0, 200) + "…(" + text.length() + " chars)";
    }

    @SuppressWarnings("unchecked")
    private static Map<String, List<String>> queryParameters() {
        Map<String, Object> document =
                new Yaml().load(RestAssured.given().get("/q/openapi").asString());
        Map<String, Map<String, Object>> paths = (Map<String, Map<String, Object>>) document.get("paths");
        Map<String, List<String>> parameters = new TreeMap<>();
        paths.forEach((path, methods) -> {
            Object get = methods.get("get");
            if (get instanceof Map<?, ?> operation && operation.get("parameters") instanceof List<?> list) {
                List<String> names = new ArrayList<>();
                for (Object parameter : list) {
                    Map<String, Object> p = (Map<String, Object>) parameter;
                    if ("query".equals(p.get("in"))) {
                        names.add((String) p.get("name"));
                    }
                }
                parameters.put("GET " + path, names);
            }
        });
        return parameters;
    }
}
