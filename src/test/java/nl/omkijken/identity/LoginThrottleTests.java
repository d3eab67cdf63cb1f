package nl.omkijken.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LoginThrottleTests {

    private final LoginThrottle throttle = new LoginThrottle(new IdentityProperties(
            URI.create("http://localhost"),
            "noreply@omkijken.test",
            Duration.ofDays(7),
            new IdentityProperties.Throttle(3, Duration.ofMinutes(15)),
            new IdentityProperties.Oidc(false, "keycloak", "realm_access.roles", Map.of())));

    @Test
    void blocksAUserNameAfterTheAllowedNumberOfFailures() {
        throttle.recordFailure("iemand@omkijken.test");
        throttle.recordFailure("iemand@omkijken.test");
        assertThat(throttle.isBlocked("iemand@omkijken.test")).isFalse();

        throttle.recordFailure("iemand@omkijken.test");
        assertThat(throttle.isBlocked("iemand@omkijken.test")).isTrue();
    }

    @Test
    void countsTheSameAddressWhateverItsCapitalsOrSpaces() {
        throttle.recordFailure("Iemand@Omkijken.test");
        throttle.recordFailure(" iemand@omkijken.test");
        throttle.recordFailure("IEMAND@OMKIJKEN.TEST ");

        assertThat(throttle.isBlocked("iemand@omkijken.test")).isTrue();
    }

    @Test
    void aSuccessfulSignInClearsTheCount() {
        throttle.recordFailure("iemand@omkijken.test");
        throttle.recordFailure("iemand@omkijken.test");
        throttle.recordSuccess("iemand@omkijken.test");
        throttle.recordFailure("iemand@omkijken.test");

        assertThat(throttle.isBlocked("iemand@omkijken.test")).isFalse();
    }

    @Test
    void blockingOneUserNameLeavesOthersAlone() {
        for (var i = 0; i < 3; i++) {
            throttle.recordFailure("iemand@omkijken.test");
        }

        assertThat(throttle.isBlocked("ander@omkijken.test")).isFalse();
    }
}
