package nl.omkijken;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

@ExtendWith(OutputCaptureExtension.class)
class ExternalDatabaseCheckTests {

    private static final String UNREACHABLE = "jdbc:postgresql://127.0.0.1:1/omkijken";

    @Test
    void anUnreachableExternalDatabaseStopsTheStartWithOneLineNamingTheUrl(CapturedOutput output) {
        var failure = catchThrowable(() -> new SpringApplicationBuilder(OmkijkenApplication.class)
                .run(
                        "--server.port=0",
                        "--spring.datasource.url=" + UNREACHABLE,
                        "--spring.datasource.username=omkijken",
                        "--spring.datasource.password=secret-password"));

        assertThat(failure).hasRootCauseInstanceOf(java.net.ConnectException.class);
        assertThat(output.getOut() + output.getErr())
                .contains("Cannot reach the database at " + UNREACHABLE + " (Connection to 127.0.0.1:1 refused")
                .doesNotContain("secret-password")
                .doesNotContain("HikariPool")
                .doesNotContain("\tat org.");
    }
}
