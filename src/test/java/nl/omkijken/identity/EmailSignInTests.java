package nl.omkijken.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import nl.omkijken.IntegrationTest;
import nl.omkijken.TestSmtp;
import nl.omkijken.notification.OutboxSender;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A resident signs in with a link by e-mail, without a password; the first link makes the account. A used, expired
 * or unknown link signs nobody in, staff addresses get no link, and nobody learns whether an address has an account.
 */
@IntegrationTest
class EmailSignInTests {

    private static final Pattern LINK = Pattern.compile("https?://[^/\\s]+(/inloggen/link/[A-Za-z0-9_-]{43})");

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(TestSmtp.SERVER);

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    OutboxSender outbox;

    String email;

    @BeforeEach
    void aNewAddress() {
        jdbc.update("update outbox_mail set sent_at = now() where sent_at is null");
        email = "Nieuw-" + UUID.randomUUID() + "@Example.org";
    }

    @Test
    void theFirstLinkMakesTheAccountAndSignsIn() throws Exception {
        var asked = ask(email, "Trineke", "/hulp/vragen");
        assertThat(asked.getRedirectedUrl()).isEqualTo("/inloggen/link/verstuurd");
        assertThat(accounts(email)).isZero();
        var link = linkIn(only(mailsTo(email.toLowerCase())));

        var opened = mvc.perform(get(link)).andReturn().getResponse();
        assertThat(page(opened)).contains("Klik op de knop om in te loggen.");
        assertThat(accounts(email)).as("opening the link alone uses nothing").isZero();

        var session = new MockHttpSession();
        var before = session.getId();
        var used = mvc.perform(post(link).with(csrf()).session(session))
                .andReturn()
                .getResponse();
        assertThat(used.getRedirectedUrl()).isEqualTo("/hulp/vragen");
        assertThat(session.getId()).as("a new session id after signing in").isNotEqualTo(before);
        assertThat(mvc.perform(get("/hulp/vragen").session(session))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);
        assertThat(jdbc.queryForObject(
                        "select display_name from account where email = ?", String.class, email.toLowerCase()))
                .isEqualTo("Trineke");
        assertThat(jdbc.queryForList(
                        "select role from account_role r join account a on a.id = r.account_id where a.email = ?",
                        String.class,
                        email.toLowerCase()))
                .containsExactly("RESIDENT");

        var replayed = mvc.perform(post(link).with(csrf()).session(new MockHttpSession()))
                .andReturn()
                .getResponse();
        assertThat(replayed.getStatus()).isEqualTo(410);
        assertThat(page(replayed)).contains("Deze link is al gebruikt.");

        // the next link signs the same account in
        ask(email, "", null);
        var second = linkIn(mailsTo(email.toLowerCase()).get(1));
        var again = mvc.perform(post(second).with(csrf()).session(new MockHttpSession()))
                .andReturn()
                .getResponse();
        assertThat(again.getRedirectedUrl()).isEqualTo("/");
        assertThat(accounts(email)).isEqualTo(1);
    }

    @Test
    void anExpiredOrUnknownLinkSignsNobodyIn() throws Exception {
        ask(email, "Kees", null);
        var link = linkIn(only(mailsTo(email.toLowerCase())));
        jdbc.update(
                "update sign_in_link set expires_at = now() - interval '1 minute' where email = ?",
                email.toLowerCase());
        var expired = mvc.perform(post(link).with(csrf())).andReturn().getResponse();
        assertThat(expired.getStatus()).isEqualTo(410);
        assertThat(page(expired)).contains("Deze link is verlopen.");
        assertThat(accounts(email)).isZero();

        assertThat(mvc.perform(get("/inloggen/link/" + "A".repeat(43)))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        assertThat(mvc.perform(post("/inloggen/link/" + "A".repeat(43)).with(csrf()))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        assertThat(mvc.perform(get("/inloggen/link/kort"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
    }

    @Test
    void aStaffAddressGetsNoLinkAndTheAnswerIsTheSameForEveryAddress() throws Exception {
        var staff = ask("redactie@omkijken.test", "", null);
        var unknown = ask(email, "", null);
        assertThat(staff.getRedirectedUrl()).isEqualTo(unknown.getRedirectedUrl());
        var toStaff = only(mailsTo("redactie@omkijken.test"));
        assertThat(toStaff).contains("wachtwoord").doesNotContain("/inloggen/link/");
        assertThat(jdbc.queryForObject(
                        "select count(*) from sign_in_link where email = 'redactie@omkijken.test'", Integer.class))
                .isZero();
    }

    @Test
    void aFloodOfRequestsForOneAddressSendsThreeLinksAnHour() throws Exception {
        for (var i = 0; i < EmailSignIn.PER_ADDRESS_PER_HOUR + 2; i++) {
            assertThat(ask(email, "", null).getRedirectedUrl()).isEqualTo("/inloggen/link/verstuurd");
        }
        assertThat(mailsTo(email.toLowerCase())).hasSize(EmailSignIn.PER_ADDRESS_PER_HOUR);
    }

    @Test
    void onlyAPathOnThisSiteIsWhereALinkLeads() throws Exception {
        ask(email, "", "//elders.example/oeps");
        var link = linkIn(only(mailsTo(email.toLowerCase())));
        var used = mvc.perform(post(link).with(csrf()).session(new MockHttpSession()))
                .andReturn()
                .getResponse();
        assertThat(used.getRedirectedUrl()).isEqualTo("/");
    }

    @Test
    void aWrongAddressOrARobotIsHandledBesideTheFieldOrQuietly() throws Exception {
        assertThat(page(ask("", "", null))).contains("Vul je e-mailadres in.");
        assertThat(page(ask("geen-adres", "", null))).contains("Vul een goed e-mailadres in");
        assertThat(page(ask(email, "Kees 123", null))).contains("Vul alleen je voornaam in");
        var robot = mvc.perform(post("/inloggen/link")
                        .with(csrf())
                        .param("email", email)
                        .param("website", "http://spam.example"))
                .andReturn()
                .getResponse();
        assertThat(robot.getRedirectedUrl()).isEqualTo("/inloggen/link/verstuurd");
        assertThat(jdbc.queryForObject(
                        "select count(*) from sign_in_link where email = ?", Integer.class, email.toLowerCase()))
                .isZero();
    }

    @Test
    void theSignInPageOffersTheLink() throws Exception {
        assertThat(page(mvc.perform(get("/inloggen")).andReturn().getResponse()))
                .contains("Inloggen zonder wachtwoord", "/inloggen/link");
    }

    private MockHttpServletResponse ask(String address, String firstName, String next) throws Exception {
        var request = post("/inloggen/link")
                .with(csrf())
                .param("email", address)
                .param("firstName", firstName)
                .param("website", "");
        if (next != null) {
            request.param("next", next);
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    private int accounts(String address) {
        return jdbc.queryForObject(
                "select count(*) from account where email = ?", Integer.class, address.toLowerCase());
    }

    private List<String> mailsTo(String recipient) throws Exception {
        outbox.sendDue();
        mail.waitForIncomingEmail(2_000, 1);
        return Arrays.stream(mail.getReceivedMessages())
                .filter(m -> {
                    try {
                        return m.getAllRecipients()[0].toString().equalsIgnoreCase(recipient);
                    } catch (jakarta.mail.MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .map(m -> GreenMailUtil.getBody(m).replace("=\r\n", "").replace("=3D", "="))
                .toList();
    }

    private static String linkIn(String body) {
        var matcher = LINK.matcher(body);
        assertThat(matcher.find()).as(body).isTrue();
        return matcher.group(1);
    }

    private static String only(List<String> mails) {
        assertThat(mails).hasSize(1);
        return mails.get(0);
    }

    private static String page(MockHttpServletResponse response) throws Exception {
        return response.getContentAsString(StandardCharsets.UTF_8);
    }
}
