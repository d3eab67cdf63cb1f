package nl.omkijken.identity;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings for sign-in.
 *
 * @param publicUrl the address people use to reach this instance, for links in e-mail
 * @param mailFrom the sender of invitation e-mails
 * @param invitationValidity how long an invitation link works
 * @param throttle when repeated failures block a user name for a while
 * @param oidc sign-in through an OpenID Connect provider such as Keycloak
 */
@ConfigurationProperties("omkijken.identity")
public record IdentityProperties(
        @DefaultValue("http://localhost:8080") URI publicUrl,
        @DefaultValue("Omkijken <noreply@omkijken.test>") String mailFrom,
        @DefaultValue("7d") Duration invitationValidity,
        @DefaultValue Throttle throttle,
        @DefaultValue Oidc oidc) {

    /**
     * @param maxFailures failed attempts allowed within {@code blockFor}
     * @param blockFor how long a user name stays blocked after the last failure
     */
    public record Throttle(
            @DefaultValue("5") int maxFailures,
            @DefaultValue("15m") Duration blockFor) {}

    /**
     * @param enabled show the "sign in with" button and accept the provider's tokens
     * @param registrationId the Spring Security client registration to use
     * @param roleClaim dotted path to the claim with the provider's roles or groups, e.g. realm_access.roles
     * @param roleMapping provider role or group to our role, e.g. {@code omkijken-redactie: EDITOR}
     */
    public record Oidc(
            @DefaultValue("false") boolean enabled,
            @DefaultValue("keycloak") String registrationId,
            @DefaultValue("realm_access.roles") String roleClaim,
            @DefaultValue Map<String, Role> roleMapping) {}
}
