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
import java.util.Locale;
import java.util.UUID;
import nl.omkijken.IntegrationTest;
import nl.omkijken.SignInSessions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
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
    private static final String ADMINISTRATOR = "beheer@omkijken.test";

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountAdministration administration;

    @Autowired
    Invitations invitations;

    @Autowired
    MessageSource messages;

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
        var account = FreshAccounts.activated(administration, invitations, newPassword(), Role.VOLUNTEER);

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
        var account = FreshAccounts.activated(administration, invitations, password, Role.VOLUNTEER);

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
    void aDeactivatedAccountIsSignedOutAtOnceAndCannotSignInAgain() throws Exception {
        var password = newPassword();
        var account = FreshAccounts.activated(administration, invitations, password, Role.ADMINISTRATOR);
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
        var account = FreshAccounts.activated(administration, invitations, password, Role.VOLUNTEER);

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
