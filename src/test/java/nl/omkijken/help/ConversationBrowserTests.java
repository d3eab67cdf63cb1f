package nl.omkijken.help;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
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
 * A volunteer reacts to a published request, the author reads the relayed mail and answers on the platform, both
 * share their contact details and the author says they found each other: every page without axe violations.
 */
class ConversationBrowserTests extends BrowserTests {

    private static final Pattern LINK = Pattern.compile("https?://[^/\\s]+(/berichten/[0-9a-f-]{36})");

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(TestSmtp.SERVER);

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    HelpPostRepository posts;

    @Autowired
    OutboxSender outbox;

    @Test
    void aReactionIsRelayedAnsweredSharedAndMatched() throws Exception {
        jdbc.update("update outbox_mail set sent_at = now() where sent_at is null");
        var authorEmail = HelpFixtures.resident(jdbc, "Trineke de Vries");
        var volunteerEmail = HelpFixtures.resident(jdbc, "Ahmed El Amrani");
        var postId = HelpFixtures.published(jdbc, posts, authorEmail);
        var phone = new Browser.NewContextOptions().setLocale("nl-NL").setViewportSize(375, 740);

        try (var volunteerContext = newVisitor(phone);
                var authorContext = newVisitor(phone)) {
            var volunteer = volunteerContext.newPage();
            signIn(volunteer, volunteerEmail, DEMO_PASSWORD);
            volunteer.navigate(url("/hulp/" + postId));
            volunteer
                    .getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Reageren"))
                    .click();
            assertThat(volunteer.locator("h1")).containsText("Reageren op: Trineke vraagt hulp");
            volunteer
                    .getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bericht versturen"))
                    .click();
            assertThat(volunteer.getByText("Schrijf een bericht.")).isVisible();
            assertAccessible(volunteer);
            volunteer.getByLabel("Je bericht").fill("Hallo Trineke, ik wandel ook graag. Dinsdagochtend?");
            volunteer
                    .getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bericht versturen"))
                    .click();
            assertThat(volunteer.getByText("Je bericht is verstuurd. Trineke krijgt een e-mail."))
                    .isVisible();
            assertAccessible(volunteer);

            var relayed = lastMailTo(authorEmail);
            org.assertj.core.api.Assertions.assertThat(relayed)
                    .contains("Dinsdagochtend?")
                    .doesNotContain(volunteerEmail);
            var link = LINK.matcher(relayed);
            org.assertj.core.api.Assertions.assertThat(link.find()).isTrue();

            var author = authorContext.newPage();
            signIn(author, authorEmail, DEMO_PASSWORD);
            author.navigate(url(link.group(1)));
            assertThat(author.getByText("Je schrijft met Ahmed.")).isVisible();
            assertThat(author.getByText("Dinsdagochtend?")).isVisible();
            assertAccessible(author);
            author.getByLabel("Je bericht").fill("Leuk! Om tien uur bij de brug over de Vecht?");
            author.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Versturen"))
                    .click();
            assertThat(author.getByText("Je bericht is verstuurd. Ahmed krijgt een e-mail."))
                    .isVisible();
            author.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mijn contactgegevens delen"))
                    .click();
            assertThat(author.getByText(
                            "Ahmed heeft dat nog niet gedaan.", new Page.GetByTextOptions().setExact(false)))
                    .isVisible();

            org.assertj.core.api.Assertions.assertThat(lastMailTo(volunteerEmail))
                    .contains("bij de brug over de Vecht")
                    .doesNotContain(authorEmail);
            volunteer.navigate(url("/berichten"));
            assertAccessible(volunteer);
            volunteer
                    .getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Trineke vraagt hulp: Wandelen"))
                    .click();
            assertThat(volunteer.getByText("bij de brug over de Vecht")).isVisible();
            assertThat(volunteer.getByText("Trineke wil contactgegevens delen."))
                    .isVisible();
            volunteer
                    .getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mijn contactgegevens delen"))
                    .click();
            assertThat(volunteer.getByText(authorEmail, new Page.GetByTextOptions().setExact(false)))
                    .isVisible();
            assertAccessible(volunteer);

            author.reload();
            assertThat(author.getByText(volunteerEmail, new Page.GetByTextOptions().setExact(false)))
                    .isVisible();
            author.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("We hebben elkaar gevonden"))
                    .click();
            assertThat(author.getByText("Fijn dat jullie elkaar gevonden hebben!"))
                    .isVisible();
            assertAccessible(author);
        }
        org.assertj.core.api.Assertions.assertThat(
                        posts.findById(postId).orElseThrow().status())
                .isEqualTo(PostStatus.MATCHED);
    }

    private String lastMailTo(String recipient) {
        outbox.sendDue();
        mail.waitForIncomingEmail(5_000, 1);
        var mails = TestMails.to(mail, recipient);
        org.assertj.core.api.Assertions.assertThat(mails)
                .as("mail to " + recipient)
                .isNotEmpty();
        return mails.get(mails.size() - 1);
    }
}
