package nl.omkijken.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OidcAccountServiceTests {

    private static final Map<String, Role> MAPPING = Map.of(
            "omkijken-redactie", Role.EDITOR,
            "omkijken-beheer", Role.ADMINISTRATOR,
            "wijkteam-zwolle", Role.NEIGHBOURHOOD_TEAM);

    @Test
    void mapsKeycloakRealmRoles() {
        Map<String, Object> claims =
                Map.of("sub", "f3a1", "realm_access", Map.of("roles", List.of("omkijken-redactie", "omkijken-beheer")));

        assertThat(OidcAccountService.mapRoles(claims, "realm_access.roles", MAPPING))
                .containsExactlyInAnyOrder(Role.EDITOR, Role.ADMINISTRATOR);
    }

    @Test
    void mapsAFlatGroupsClaim() {
        Map<String, Object> claims = Map.of("sub", "f3a1", "groups", List.of("wijkteam-zwolle"));

        assertThat(OidcAccountService.mapRoles(claims, "groups", MAPPING)).containsExactly(Role.NEIGHBOURHOOD_TEAM);
    }

    @Test
    void ignoresRolesWithoutAMapping() {
        Map<String, Object> claims = Map.of(
                "realm_access",
                Map.of("roles", List.of("offline_access", "uma_authorization", "omkijken-redactie", "EDITOR")));

        assertThat(OidcAccountService.mapRoles(claims, "realm_access.roles", MAPPING))
                .containsExactly(Role.EDITOR);
        assertThat(OidcAccountService.mapRoles(Map.of("groups", List.of("offline_access")), "groups", MAPPING))
                .isEmpty();
    }

    @Test
    void findsNoRolesWhenTheClaimIsMissing() {
        assertThat(OidcAccountService.mapRoles(Map.of("sub", "f3a1"), "realm_access.roles", MAPPING))
                .isEmpty();
        assertThat(OidcAccountService.mapRoles(Map.of("realm_access", Map.of()), "realm_access.roles", MAPPING))
                .isEmpty();
        assertThat(OidcAccountService.mapRoles(Map.of("realm_access", "geen"), "realm_access.roles", MAPPING))
                .isEmpty();
    }
}
