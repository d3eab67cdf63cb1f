package nl.omkijken.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import nl.omkijken.IntegrationTest;
import nl.omkijken.SignInSessions;
import nl.omkijken.TestSmtp;
import nl.omkijken.area.Areas;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The administrator invites someone, the invitation arrives by mail, and its link lets them choose a password. */
@IntegrationTest
class InvitationTests {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(TestSmtp.SERVER);

    private static final Locale DUTCH = Locale.forLanguageTag("nl");
    private static final Pattern LINK = Pattern.compile("https?://\\S+/uitnodiging/([A-Za-z0-9_-]+)");

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountAdministration administration;

    @Autowired
    AccountRepository accounts;

    @Autowired
    InvitationRepository invitations;

    @Autowired
    Areas areas;

    @Autowired
    MessageSource messages;

    @Test
    void theInvitedPersonChoosesAPasswordThroughTheMailedLinkAndSignsIn() throws Exception {
        var administrator = SignInSessions.signInAsDemo(mvc, "beheer@omkijken.test");
        var email = FreshAccounts.uniqueEmail("uitgenodigd");
        var organisation = administration.organisations().get(0).id();

        var invited = mvc.perform(invite(administrator, email)
                        .param("roles", Role.VOLUNTEER.name())
                        .param("organisationIds", organisation.toString()))
                .andExpect(redirectedUrlPattern("/beheer/accounts/*"))
                .andReturn();
        var accountPage = page(mvc.perform(get(invited.getResponse().getRedirectedUrl())
                        .session(administrator)
                        .flashAttrs(invited.getFlashMap()))
                .andExpect(status().isOk()));
        assertThat(Html.text(accountPage))
                .contains(messages.getMessage("invite.sent", new Object[] {email}, DUTCH))
                .doesNotContain("/uitnodiging/");

        var account =
                accounts.findByMunicipalityCodeAndEmail(municipality(), email).orElseThrow();
        assertThat(account.roles()).containsExactly(Role.VOLUNTEER);
        assertThat(account.organisationIds()).containsExactly(organisation);
        assertThat(greenMail.waitForIncomingEmail(5_000, 1)).isTrue();
        var mail = greenMail.getReceivedMessages()[0];
        assertThat(mail.getSubject()).isEqualTo(dutch("invitation.mail.subject"));
        assertThat(mail.getAllRecipients()).extracting(Object::toString).containsExactly(email);
        var token = token(mail);

        var form = page(mvc.perform(get("/uitnodiging/" + token)).andExpect(status().isOk()));
        assertThat(form).contains("Gerrit", "name=\"password\"", "name=\"repeat\"");

        var tooShort = page(choose(token, "Kort-1", "Kort-1").andExpect(status().isOk()));
        assertThat(Html.errorBeside(tooShort, "password"))
                .isEqualTo(messages.getMessage("Size.form.password", new Object[] {"password", 128, 12}, DUTCH));

        var mismatch = page(
                choose(token, "Een-lang-wachtwoord-1", "Een-ander-wachtwoord-2").andExpect(status().isOk()));
        assertThat(Html.errorBeside(mismatch, "password")).isNull();
        assertThat(Html.errorBeside(mismatch, "repeat")).isEqualTo(dutch("password.mismatch"));

        var password = "Mijn-nieuwe-wachtwoord-2026";
        choose(token, password, password).andExpect(redirectedUrl("/inloggen?welkom"));
        assertThat(Html.text(page(mvc.perform(get("/inloggen?welkom"))))).contains(dutch("login.welcome"));

        mvc.perform(formLogin("/inloggen").userParameter("email").user(email).password(password))
                .andExpect(authenticated().withUsername(email));

        var used = page(mvc.perform(get("/uitnodiging/" + token)).andExpect(status().isGone()));
        assertThat(Html.text(used)).contains(dutch("invitationUnusable.heading"));
        choose(token, "Nog-een-wachtwoord-3", "Nog-een-wachtwoord-3").andExpect(status().isGone());
        mvc.perform(formLogin("/inloggen").userParameter("email").user(email).password(password))
                .andExpect(authenticated().withUsername(email));
    }

    @Test
    void anUnknownLinkAnswersGone() throws Exception {
        var page = page(
                mvc.perform(get("/uitnodiging/" + InvitationTokens.newToken())).andExpect(status().isGone()));

        assertThat(Html.text(page)).contains(dutch("invitationUnusable.heading"));
    }

    @Test
    void anInvitationForAnAddressInUseIsRefusedBesideTheFieldAndCreatesNothing() throws Exception {
        var administrator = SignInSessions.signInAsDemo(mvc, "beheer@omkijken.test");
        var accountsBefore = accounts.count();
        var invitationsBefore = invitations.count();

        for (var taken : new String[] {"inwoner@omkijken.test", "Inwoner@Omkijken.test"}) {
            var page = page(mvc.perform(invite(administrator, taken)).andExpect(status().isOk()));

            assertThat(Html.errorBeside(page, "email")).as(taken).isEqualTo(dutch("account.email.taken"));
        }
        assertThat(accounts.count()).isEqualTo(accountsBefore);
        assertThat(invitations.count()).isEqualTo(invitationsBefore);
        assertThat(greenMail.getReceivedMessages()).isEmpty();
    }

    @Test
    void aSaveBasedOnAnOutdatedVersionIsRefusedAndOverwritesNothing() throws Exception {
        var administrator = SignInSessions.signInAsDemo(mvc, "beheer@omkijken.test");
        var id = administration
                .invite(FreshAccounts.uniqueEmail("gelijktijdig"), "Hanneke", Set.of(Role.VOLUNTEER), Set.of())
                .orElseThrow()
                .accountId();
        var version = Html.inputValue(
                page(mvc.perform(get("/beheer/accounts/" + id).session(administrator))
                        .andExpect(status().isOk())),
                "version");
        assertThat(version).isNotBlank();

        mvc.perform(save(administrator, id, version, "Hanneke de Vries", Role.VOLUNTEER))
                .andExpect(redirectedUrl("/beheer/accounts/" + id));
        var refused = page(mvc.perform(save(administrator, id, version, "Hanneke Jansen", Role.COORDINATOR))
                .andExpect(status().isOk()));

        assertThat(Html.text(refused)).contains(dutch("account.changedMeanwhile"));
        var account = accounts.findById(id).orElseThrow();
        assertThat(account.displayName()).isEqualTo("Hanneke de Vries");
        assertThat(account.roles()).containsExactly(Role.VOLUNTEER);
    }

    private MockHttpServletRequestBuilder invite(MockHttpSession administrator, String email) {
        return post("/beheer/accounts/uitnodigen")
                .with(csrf())
                .session(administrator)
                .param("email", email)
                .param("displayName", "Gerrit");
    }

    private ResultActions choose(String token, String password, String repeat) throws Exception {
        return mvc.perform(post("/uitnodiging/" + token)
                .with(csrf())
                .param("password", password)
                .param("repeat", repeat));
    }

    private static MockHttpServletRequestBuilder save(
            MockHttpSession administrator, Object id, String version, String displayName, Role role) {
        return post("/beheer/accounts/" + id)
                .with(csrf())
                .session(administrator)
                .param("displayName", displayName)
                .param("roles", role.name())
                .param("version", version);
    }

    private static String token(MimeMessage mail) throws Exception {
        var link = LINK.matcher((String) mail.getContent());
        assertThat(link.find()).as("invitation link in the mail").isTrue();
        return link.group(1);
    }

    private static String page(ResultActions result) throws Exception {
        return result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private String municipality() {
        return areas.municipality().code();
    }

    private String dutch(String key) {
        return messages.getMessage(key, null, DUTCH);
    }
}
