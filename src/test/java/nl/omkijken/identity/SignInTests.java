package nl.omkijken.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import nl.omkijken.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.FormLoginRequestBuilder;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Signing in and out with e-mail address and password. Failures count per address for the whole shared context,
 * so every test that fails a sign-in uses an address of its own and no demo account is ever blocked.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class SignInTests {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");
    private static final String SESSION_COOKIE = "OMKIJKEN_SESSION";
    private static final String ADMINISTRATOR = "beheer@omkijken.test";

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountAdministration administration;

    @Autowired
    MessageSource messages;

    @LocalServerPort
    int port;

    @Test
    void theSignInPageShowsNoErrorAndNoOrganisationSignInByDefault() throws Exception {
        var page = loginPage("");

        assertThat(page).contains(dutch("login.heading"), "name=\"email\"", "name=\"password\"");
        assertThat(page)
                .doesNotContain(
                        dutch("login.failed"),
                        dutch("login.blocked"),
                        dutch("login.expired"),
                        dutch("login.oidc.button"),
                        "/oauth2/authorization");
    }

    @Test
    void aWrongPasswordSendsBackToTheFormWithTheDutchMessage() throws Exception {
        var account = FreshAccounts.activated(administration, newPassword(), Role.VOLUNTEER);

        mvc.perform(signIn(account.email(), "Verkeerd-wachtwoord-1"))
                .andExpect(redirectedUrl("/inloggen?fout"))
                .andExpect(unauthenticated());

        assertThat(loginPage("?fout")).contains(dutch("login.failed"));
    }

    @Test
    void anUnknownAddressGetsTheSameAnswerAsAWrongPassword() throws Exception {
        mvc.perform(signIn(FreshAccounts.uniqueEmail("onbekend"), "Wat-dan-ook-123"))
                .andExpect(redirectedUrl("/inloggen?fout"))
                .andExpect(unauthenticated());
    }

    @Test
    void fiveFailuresBlockTheAddressEvenForTheRightPassword() throws Exception {
        var password = newPassword();
        var account = FreshAccounts.activated(administration, password, Role.VOLUNTEER);

        for (var attempt = 1; attempt <= 5; attempt++) {
            mvc.perform(signIn(account.email(), "Verkeerd-wachtwoord-" + attempt))
                    .andExpect(redirectedUrl("/inloggen?fout"));
        }
        mvc.perform(signIn(account.email(), password))
                .andExpect(redirectedUrl("/inloggen?geblokkeerd"))
                .andExpect(unauthenticated());

        assertThat(loginPage("?geblokkeerd")).contains(dutch("login.blocked"));
    }

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

    @Test
    void aDeactivatedAccountIsSignedOutAtOnceAndCannotSignInAgain() throws Exception {
        var password = newPassword();
        var account = FreshAccounts.activated(administration, password, Role.ADMINISTRATOR);
        var session = SignInSessions.signIn(mvc, account.email(), password);
        mvc.perform(get("/beheer/accounts").session(session)).andExpect(status().isOk());

        var administrator = SignInSessions.signInAsDemo(mvc, ADMINISTRATOR);
        mvc.perform(post("/beheer/accounts/" + account.accountId() + "/deactiveren")
                        .with(csrf())
                        .session(administrator))
                .andExpect(redirectedUrl("/beheer/accounts/" + account.accountId()));

        mvc.perform(get("/beheer/accounts").session(session)).andExpect(redirectedUrl("/inloggen?verlopen"));
        mvc.perform(signIn(account.email(), password))
                .andExpect(redirectedUrl("/inloggen?fout"))
                .andExpect(unauthenticated());
    }

    @Test
    void noPasswordReachesTheLog(CapturedOutput output) throws Exception {
        var password = newPassword();
        var wrong = "Verkeerd-" + UUID.randomUUID();
        var account = FreshAccounts.activated(administration, password, Role.VOLUNTEER);

        mvc.perform(signIn(account.email(), wrong)).andExpect(unauthenticated());
        mvc.perform(signIn(account.email(), password)).andExpect(authenticated());

        assertThat(output.getAll()).contains("Sign-in failed for", "Signed in:").doesNotContain(password, wrong);
    }

    private static FormLoginRequestBuilder signIn(String email, String password) {
        return formLogin(SecurityConfiguration.LOGIN_PAGE)
                .userParameter("email")
                .user(email)
                .password(password);
    }

    private String loginPage(String query) throws Exception {
        return Html.text(mvc.perform(get(SecurityConfiguration.LOGIN_PAGE + query))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    }

    private String dutch(String key) {
        return messages.getMessage(key, null, DUTCH);
    }

    private static String newPassword() {
        return "Juist-wachtwoord-" + UUID.randomUUID();
    }
}
