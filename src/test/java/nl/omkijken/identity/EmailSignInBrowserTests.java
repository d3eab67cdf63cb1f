package nl.omkijken.identity;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.UUID;
import java.util.regex.Pattern;
import nl.omkijken.BrowserTests;
import nl.omkijken.TestSmtp;
import nl.omkijken.notification.OutboxSender;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A new resident who wants to ask for help signs in with a link from their mail, without a password, and lands on
 * the form they wanted: no axe violations on the way.
 */
class EmailSignInBrowserTests extends BrowserTests {

    private static final Pattern LINK = Pattern.compile("https?://[^/\\s]+(/inloggen/link/[A-Za-z0-9_-]{43})");

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(TestSmtp.SERVER);

    @Autowired
    OutboxSender outbox;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aNewResidentSignsInWithALinkAndLandsOnTheFormTheyWanted() throws Exception {
        jdbc.update("update outbox_mail set sent_at = now() where sent_at is null");
        var email = "link-" + UUID.randomUUID() + "@example.org";
        var phone = new Browser.NewContextOptions().setLocale("nl-NL").setViewportSize(375, 740);
        try (var context = newVisitor(phone)) {
            var page = context.newPage();
            page.navigate(url("/hulp/vragen"));
            assertThat(page.locator("h1")).hasText("Inloggen");
            assertAccessible(page);
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Stuur me een link om in te loggen"))
                    .click();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Stuur me een link"))
                    .click();
            assertThat(page.locator("#email-error")).hasText("Vul je e-mailadres in.");
            assertAccessible(page);
            page.getByLabel("Je e-mailadres").fill(email);
            page.getByLabel("Je voornaam (niet verplicht)").fill("Trineke");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Stuur me een link"))
                    .click();
            assertThat(page.locator("h1")).hasText("Kijk in je e-mail");
            assertAccessible(page);

            outbox.sendDue();
            org.assertj.core.api.Assertions.assertThat(mail.waitForIncomingEmail(5_000, 1))
                    .isTrue();
            var body = GreenMailUtil.getBody(mail.getReceivedMessages()[0])
                    .replace("=\r\n", "")
                    .replace("=3D", "=");
            var link = LINK.matcher(body);
            org.assertj.core.api.Assertions.assertThat(link.find()).as(body).isTrue();

            page.navigate(url(link.group(1)));
            assertAccessible(page);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Inloggen"))
                    .click();
            assertThat(page.getByLabel("Je voornaam")).hasValue("Trineke");
            org.assertj.core.api.Assertions.assertThat(page.url()).endsWith("/hulp/vragen");
        }
    }
}
