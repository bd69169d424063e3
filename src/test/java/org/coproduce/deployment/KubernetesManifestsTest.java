package org.coproduce.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Kubernetes manifests in docker/kubernetes/ parse, and fit together and with the application:
 * the kustomization lists every file, the service and the budgets select the deployment's pods, the
 * probes are the application's health endpoints, the autoscaler scales the deployment, and every
 * secret the deployment reads is defined with the keys it reads.
 */
class KubernetesManifestsTest {
    private static final Path DIRECTORY = Path.of("docker", "kubernetes");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Map<String, JsonNode> byKind = new HashMap<>();
    private static final List<JsonNode> documents = new ArrayList<>();
    private static List<Path> files;

    @BeforeAll
    static void parse() throws IOException {
        try (Stream<Path> listing = Files.list(DIRECTORY)) {
            files = listing.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
        }
        ObjectReader reader = YAML.readerFor(JsonNode.class);
        for (Path file : files) {
            try (var each = reader.readValues(file.toFile())) {
                while (each.hasNext()) {
                    JsonNode document = (JsonNode) each.next();
                    assertThat(document.path("apiVersion").asText())
                            .as("%s: apiVersion", file)
                            .isNotBlank();
                    assertThat(document.path("kind").asText())
                            .as("%s: kind", file)
                            .isNotBlank();
                    documents.add(document);
                    byKind.putIfAbsent(document.path("kind").asText(), document);
                }
            }
        }
    }

    @Test
    void theKustomizationListsEveryManifest() {
        List<String> listed = new ArrayList<>();
        byKind.get("Kustomization").path("resources").forEach(r -> listed.add(r.asText()));
        List<String> present = files.stream()
                .map(f -> f.getFileName().toString())
                .filter(name -> !name.equals("kustomization.yaml"))
                .toList();
        assertThat(listed).containsExactlyInAnyOrderElementsOf(present);
        for (JsonNode document : documents) {
            if (!document.path("kind").asText().equals("Kustomization")) {
                assertThat(document.path("metadata").path("name").asText())
                        .as("a %s's name", document.path("kind").asText())
                        .isNotBlank();
            }
        }
    }

    @Test
    void theServiceBudgetAndAutoscalerReachTheDeployment() {
        JsonNode deployment = byKind.get("Deployment");
        JsonNode labels = deployment.at("/spec/template/metadata/labels");
        assertThat(deployment.at("/spec/selector/matchLabels")).isEqualTo(labels);
        assertThat(byKind.get("Service").at("/spec/selector")).isEqualTo(labels);
        assertThat(byKind.get("PodDisruptionBudget").at("/spec/selector/matchLabels"))
                .isEqualTo(labels);
        JsonNode target = byKind.get("HorizontalPodAutoscaler").at("/spec/scaleTargetRef");
        assertThat(target.path("kind").asText()).isEqualTo("Deployment");
        assertThat(target.path("name").asText())
                .isEqualTo(deployment.at("/metadata/name").asText());
        assertThat(byKind.get("Ingress")
                        .at("/spec/rules/0/http/paths/0/backend/service/name")
                        .asText())
                .isEqualTo(byKind.get("Service").at("/metadata/name").asText());
    }

    @Test
    void theContainerUsesTheApplicationsPortHealthChecksAndDatabase() {
        JsonNode container = byKind.get("Deployment").at("/spec/template/spec/containers/0");
        assertThat(container.at("/ports/0/containerPort").asInt()).isEqualTo(8080);
        assertThat(container.at("/readinessProbe/httpGet/path").asText()).isEqualTo("/q/health/ready");
        assertThat(container.at("/livenessProbe/httpGet/path").asText()).isEqualTo("/q/health/live");
        assertThat(container.at("/startupProbe/httpGet/path").asText()).isEqualTo("/q/health/started");
        String jdbc = null;
        for (JsonNode variable : container.path("env")) {
            if (variable.path("name").asText().equals("QUARKUS_DATASOURCE_JDBC_URL")) {
                jdbc = variable.path("value").asText();
            }
        }
        // The operator's read-write service for the cluster is <cluster name>-rw.
        String cluster = byKind.get("Cluster").at("/metadata/name").asText();
        String database =
                byKind.get("Cluster").at("/spec/bootstrap/initdb/database").asText();
        assertThat(jdbc).isEqualTo("jdbc:postgresql://" + cluster + "-rw:5432/" + database);
        assertThat(container.at("/resources/limits/memory").asText()).isNotBlank();
    }

    @Test
    void everySecretTheDeploymentReadsIsDefinedWithItsKeys() {
        Map<String, JsonNode> secrets = new HashMap<>();
        documents.stream()
                .filter(d -> d.path("kind").asText().equals("Secret"))
                .forEach(d -> secrets.put(d.at("/metadata/name").asText(), d.path("stringData")));
        JsonNode container = byKind.get("Deployment").at("/spec/template/spec/containers/0");
        for (JsonNode variable : container.path("env")) {
            JsonNode reference = variable.at("/valueFrom/secretKeyRef");
            if (!reference.isMissingNode()) {
                String name = reference.path("name").asText();
                assertThat(secrets).as("secret %s", name).containsKey(name);
                assertThat(secrets.get(name).has(reference.path("key").asText()))
                        .as("%s has %s", name, reference.path("key").asText())
                        .isTrue();
            }
        }
        for (JsonNode source : container.path("envFrom")) {
            assertThat(secrets).containsKey(source.at("/secretRef/name").asText());
        }
        String owner =
                byKind.get("Cluster").at("/spec/bootstrap/initdb/secret/name").asText();
        assertThat(secrets.get(owner).path("username").asText())
                .isEqualTo(
                        byKind.get("Cluster").at("/spec/bootstrap/initdb/owner").asText());
    }
}
