package nl.omkijken.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.omkijken.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.test.web.servlet.MockMvc;

/** Sessions and cookies: none before sign-in, a fresh one at sign-in, gone at sign-out, and expired forms. */
@IntegrationTest
class SessionTests {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");
    private static final String SESSION_COOKIE = "OMKIJKEN_SESSION";
    private static final String ADMINISTRATOR = "beheer@omkijken.test";

    @Autowired
    MockMvc mvc;

    @Autowired
    MessageSource messages;

    @LocalServerPort
    int port;

    @Test
    void aSignInWithoutTheFormsTokenGetsTheExpiredFormPageAndNoStackTrace() {
        var response = new HttpVisitor(port)
                .post(
                        SecurityConfiguration.LOGIN_PAGE,
                        Map.of("email", FreshAccounts.uniqueEmail("zonder-token"), "password", "Wat-dan-ook-123"));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(Html.text(response.body()))
                .contains(dutch("formExpired.heading"), dutch("formExpired.text"))
                .doesNotContain("Exception", "at org.", "at java.", "Whitelabel");
    }

    @Test
    void anUnknownSessionCookieOnAClosedPageLeadsToSignInSayingTheSessionExpired() {
        var visitor = new HttpVisitor(port);
        visitor.setCookie(SESSION_COOKIE, "0123456789ABCDEF0123456789ABCDEF");

        var response = visitor.get("/beheer/accounts");

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(HttpVisitor.redirectTarget(response)).isEqualTo("/inloggen?verlopen");
        assertThat(Html.text(visitor.get("/inloggen?verlopen").body())).contains(dutch("login.expired"));
        var withoutCookie = new HttpVisitor(port).get("/beheer/accounts");
        assertThat(HttpVisitor.redirectTarget(withoutCookie)).isEqualTo(SecurityConfiguration.LOGIN_PAGE);
    }

    @Test
    void signingInGivesANewHttpOnlySameSiteSessionCookie() {
        var visitor = new HttpVisitor(port);
        var form = visitor.get(SecurityConfiguration.LOGIN_PAGE);
        var before = visitor.cookie(SESSION_COOKIE).orElseThrow();

        var response = visitor.post(
                SecurityConfiguration.LOGIN_PAGE,
                Map.of(
                        "email",
                        ADMINISTRATOR,
                        "password",
                        DemoAccounts.PASSWORD,
                        "_csrf",
                        HttpVisitor.csrfToken(form)));

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(HttpVisitor.redirectTarget(response)).isEqualTo("/");
        assertThat(HttpVisitor.setCookieHeaders(response))
                .filteredOn(header -> header.startsWith(SESSION_COOKIE + "="))
                .singleElement()
                .satisfies(header ->
                        assertThat(header).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax"));
        var after = visitor.cookie(SESSION_COOKIE).orElseThrow();
        assertThat(after).isNotEqualTo(before);
        assertThat(visitor.get("/beheer/accounts").statusCode()).isEqualTo(200);
        var withOldSession = new HttpVisitor(port);
        withOldSession.setCookie(SESSION_COOKIE, before);
        assertThat(withOldSession.get("/beheer/accounts").statusCode()).isEqualTo(302);
    }

    @Test
    void anAnonymousVisitorOfPublicPagesGetsNoSessionAndNoCookie() throws Exception {
        var visitor = new HttpVisitor(port);
        for (var page : List.of("/", "/wijken/WK019310", "/privacy", "/toegankelijkheid")) {
            var response = visitor.get(page);

            assertThat(response.statusCode()).as(page).isEqualTo(200);
            assertThat(HttpVisitor.setCookieHeaders(response)).as(page).isEmpty();
        }
        assertThat(mvc.perform(get("/")).andReturn().getRequest().getSession(false))
                .isNull();
    }

    @Test
    void signingOutEndsTheSession() {
        var visitor = new HttpVisitor(port);
        visitor.signIn(ADMINISTRATOR, DemoAccounts.PASSWORD);
        var page = visitor.get("/beheer/accounts");
        assertThat(page.statusCode()).isEqualTo(200);
        var session = visitor.cookie(SESSION_COOKIE).orElseThrow();

        var response = visitor.post("/uitloggen", Map.of("_csrf", HttpVisitor.csrfToken(page)));

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(HttpVisitor.redirectTarget(response)).isEqualTo("/?uitgelogd");
        assertThat(visitor.cookie(SESSION_COOKIE)).isEmpty();
        assertThat(Html.text(visitor.get("/?uitgelogd").body())).contains(dutch("start.signedOut"));
        assertThat(Html.text(visitor.get("/").body())).doesNotContain(dutch("start.signedOut"));
        visitor.setCookie(SESSION_COOKIE, session);
        var afterwards = visitor.get("/beheer/accounts");
        assertThat(afterwards.statusCode()).isEqualTo(302);
        assertThat(HttpVisitor.redirectTarget(afterwards)).startsWith(SecurityConfiguration.LOGIN_PAGE);
    }

    private String dutch(String key) {
        return messages.getMessage(key, null, DUTCH);
    }
}
