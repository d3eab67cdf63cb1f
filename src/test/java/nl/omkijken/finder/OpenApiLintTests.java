package nl.omkijken.finder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import nl.omkijken.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The OpenAPI document the API serves passes the NL API Design Rules (Spectral, with the deviations HSDS fixes listed
 * in {@code tools/api-lint/.spectral.yaml}): no errors, and no warnings but the one about the test server's http.
 */
@IntegrationTest
class OpenApiLintTests {

    private static final String ONLINE = "https://raw.githubusercontent.com/openreferral/specification/3.0/schema/";
    private static final Path TOOLS = Path.of("tools", "api-lint");
    private static final Path SPECTRAL = TOOLS.resolve("node_modules/.bin/spectral");

    @Autowired
    MockMvc mvc;

    @Test
    void theServedDocumentPassesTheApiDesignRules() throws Exception {
        assertThat(SPECTRAL)
                .as("Spectral is installed by the build (npm ci in tools/api-lint); is npm on the path?")
                .exists();
        var document = Path.of("target", "openapi-served.json");
        Files.createDirectories(document.getParent());
        var served = mvc.perform(get("/api/hsds/v3/openapi.json"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        // The document refers to the official HSDS schemas online; the build has no internet, so Spectral reads the
        // same schemas from the test resources (the modular files, which the compiled ones are made from).
        // Relative to target/, where the document is written.
        var schemas = "../src/test/resources/hsds/v3.0/schema/";
        var local = served;
        for (var whole : List.of("service", "organization", "service_at_location")) {
            local = local.replace(ONLINE + "compiled/" + whole + ".json", schemas + whole + ".json");
        }
        Files.writeString(document, local.replace(ONLINE, schemas), StandardCharsets.UTF_8);

        var process = new ProcessBuilder(List.of(
                        SPECTRAL.toAbsolutePath().toString(),
                        "lint",
                        "--ruleset",
                        TOOLS.resolve(".spectral.yaml").toAbsolutePath().toString(),
                        "--fail-severity",
                        "error",
                        "--quiet",
                        "--format",
                        "text",
                        document.toAbsolutePath().toString()))
                .redirectErrorStream(true)
                .start();
        var finished = process.waitFor(120, TimeUnit.SECONDS);
        var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(finished).as("Spectral finished within two minutes").isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        // The one warning allowed: the test server runs on http; production serves the API over https only.
        assertThat(output.lines().filter(line -> line.contains(" warning ")))
                .as(output)
                .allMatch(line -> line.contains("nlgov:servers-use-https"));
    }
}
