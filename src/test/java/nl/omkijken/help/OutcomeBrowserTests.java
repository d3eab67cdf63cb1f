package nl.omkijken.help;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.UUID;
import java.util.regex.Pattern;
import nl.omkijken.BrowserTests;
import nl.omkijken.TestMails;
import nl.omkijken.TestSmtp;
import nl.omkijken.notification.OutboxSender;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Answering "Is het gelukt?" on a phone from the link in the mail, and the figures a policy advisor reads: no axe
 * violations.
 */
class OutcomeBrowserTests extends BrowserTests {

    private static final Pattern LINK = Pattern.compile("https?://[^/\\s]+(/hulp/gelukt/[A-Za-z0-9_-]{43})");

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(TestSmtp.SERVER);

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    OutcomeQuestions questions;

    @Autowired
    OutboxSender outbox;

    @Test
    void aResidentAnswersOnTheLinkFromTheMail() {
        jdbc.update("update outbox_mail set sent_at = now() where sent_at is null");
        jdbc.update("update help_outcome_question set sent_at = now() where sent_at is null");
        var email = "gelukt-" + UUID.randomUUID() + "@example.org";
        jdbc.update(
                "insert into help_outcome_question (id, municipality_code, match_id, kind, category, district_code,"
                        + " email, first_name, other_first_name, token, due_at) values (?, 'GM0193', ?, 'POST',"
                        + " 'WALKING', 'WK019313', ?, 'Trineke', 'Ahmed', ?, now() - interval '1 minute')",
                UUID.randomUUID(),
                UUID.randomUUID(),
                email,
                SecretLinks.newToken());
        org.assertj.core.api.Assertions.assertThat(questions.sendDue()).isEqualTo(1);
        outbox.sendDue();
        mail.waitForIncomingEmail(5_000, 1);
        var mails = TestMails.to(mail, email);
        org.assertj.core.api.Assertions.assertThat(mails).hasSize(1);
        var link = LINK.matcher(mails.get(0));
        org.assertj.core.api.Assertions.assertThat(link.find()).as(mails.get(0)).isTrue();

        var phone = new Browser.NewContextOptions().setLocale("nl-NL").setViewportSize(375, 740);
        try (var context = newVisitor(phone)) {
            var page = context.newPage();
            page.navigate(url(link.group(1)));
            assertThat(page.locator("h1")).hasText("Is het gelukt?");
            assertAccessible(page);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Antwoord sturen"))
                    .click();
            assertThat(page.getByText("Kies een antwoord.")).isVisible();
            assertAccessible(page);
            page.getByLabel("Ja, het is gelukt").check();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Antwoord sturen"))
                    .click();
            assertThat(page.getByText("Dank je wel voor je antwoord!")).isVisible();
            assertAccessible(page);
        }
        org.assertj.core.api.Assertions.assertThat(jdbc.queryForObject(
                        "select answer from help_outcome_question where token = ?",
                        String.class,
                        link.group(1).substring("/hulp/gelukt/".length())))
                .isEqualTo("YES");
    }

    @Test
    void aPolicyAdvisorFiltersTheFigures() {
        try (var context = newVisitor()) {
            var page = context.newPage();
            signIn(page, "beleid@omkijken.test", DEMO_PASSWORD);
            page.navigate(url("/beleid/hulp"));
            assertThat(page.getByRole(AriaRole.TABLE)).containsText("Assendorp");
            page.getByLabel("Onderwerp").selectOption("WALKING");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Cijfers tonen"))
                    .click();
            assertThat(page.getByLabel("Onderwerp")).hasValue("WALKING");
            assertAccessible(page);
        }
    }
}
