package nl.omkijken.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import nl.omkijken.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;
import org.springframework.web.util.UriComponentsBuilder;

/** Sign-in through the organisation's identity provider, configured but never contacted. */
@IntegrationTest
@TestPropertySource(
        properties = {
            "omkijken.identity.oidc.enabled=true",
            "spring.security.oauth2.client.registration.keycloak.client-id=omkijken-test",
            "spring.security.oauth2.client.registration.keycloak.client-secret=niet-geheim",
            "spring.security.oauth2.client.registration.keycloak.authorization-grant-type=authorization_code",
            "spring.security.oauth2.client.registration.keycloak.scope=openid,profile,email",
            "spring.security.oauth2.client.registration.keycloak.redirect-uri={baseUrl}/login/oauth2/code/{registrationId}",
            "spring.security.oauth2.client.provider.keycloak.authorization-uri=" + OidcSignInTests.AUTHORIZATION_URI,
            "spring.security.oauth2.client.provider.keycloak.token-uri="
                    + "https://sso.omkijken.test/realms/zwolle/protocol/openid-connect/token",
            "spring.security.oauth2.client.provider.keycloak.jwk-set-uri="
                    + "https://sso.omkijken.test/realms/zwolle/protocol/openid-connect/certs",
            "spring.security.oauth2.client.provider.keycloak.user-info-uri="
                    + "https://sso.omkijken.test/realms/zwolle/protocol/openid-connect/userinfo",
            "spring.security.oauth2.client.provider.keycloak.user-name-attribute=preferred_username"
        })
class OidcSignInTests {

    static final String AUTHORIZATION_URI = "https://sso.omkijken.test/realms/zwolle/protocol/openid-connect/auth";

    @Autowired
    MockMvc mvc;

    @Test
    void theSignInPageOffersSignInThroughTheOrganisation() throws Exception {
        var page = mvc.perform(get(SecurityConfiguration.LOGIN_PAGE))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(page).contains("href=\"/oauth2/authorization/keycloak\"");
        assertThat(HtmlUtils.htmlUnescape(page)).contains("Inloggen via je organisatie");
    }

    @Test
    void organisationSignInSendsTheVisitorToTheProvider() throws Exception {
        var response =
                mvc.perform(get("/oauth2/authorization/keycloak")).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(302);
        var location = response.getRedirectedUrl();
        assertThat(location).startsWith(AUTHORIZATION_URI + "?");
        var query = UriComponentsBuilder.fromUriString(location).build().getQueryParams();
        assertThat(query.getFirst("response_type")).isEqualTo("code");
        assertThat(query.getFirst("client_id")).isEqualTo("omkijken-test");
        assertThat(URLDecoder.decode(query.getFirst("scope"), StandardCharsets.UTF_8))
                .startsWith("openid")
                .contains("profile", "email");
        assertThat(query.getFirst("state")).isNotBlank();
        assertThat(query.getFirst("nonce")).isNotBlank();
        assertThat(URLDecoder.decode(query.getFirst("redirect_uri"), StandardCharsets.UTF_8))
                .endsWith("/login/oauth2/code/keycloak");
    }
}
