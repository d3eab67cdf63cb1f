package nl.omkijken.catalog;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import java.util.regex.Pattern;
import nl.omkijken.BrowserTests;
import nl.omkijken.TestSmtp;
import nl.omkijken.notification.OutboxSender;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** A provider gets the reminder by mail and confirms the offering in the browser with the link. */
class ReminderFlowBrowserTests extends BrowserTests {

    private static final Pattern LINK = Pattern.compile("http://\\S+/aanbod-bevestigen\\?\\S+");

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(TestSmtp.SERVER);

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    OfferingRepository offerings;

    @Autowired
    FreshnessReminders reminders;

    @Autowired
    OutboxSender outbox;

    @Test
    void theLinkInTheReminderConfirmsTheOffering() throws Exception {
        var provider = CatalogFixtures.provider(jdbc, "SamenOuderen Zwolle");
        jdbc.update("update provider set email = 'aanbod@samenouderen.example.org' where id = ?", provider);
        jdbc.update("update offering set last_reminded_at = now()");
        var title = "Kletslijn " + UUID.randomUUID().toString().substring(0, 8);
        var offering = Offering.draft("GM0193", provider, CatalogFixtures.activity(title), Instant.now());
        offering.submit();
        offering.approve(Instant.now(), LocalDate.now().minusDays(120));
        offerings.save(offering);

        assertThat(reminders.remind()).isEqualTo(1);
        assertThat(outbox.sendDue()).isEqualTo(1);
        assertThat(mail.waitForIncomingEmail(5_000, 1)).isTrue();
        var matcher = LINK.matcher((String) mail.getReceivedMessages()[0].getContent());
        assertThat(matcher.find()).isTrue();
        var link = URI.create(matcher.group());

        page.navigate(url(link.getPath() + "?" + link.getRawQuery()));
        assertThat(page.locator("h1")).hasText("Klopt " + title + " nog?");
        assertAccessible(page);
        page.getByText("Ja, het klopt nog").click();
        assertThat(page.locator("h1")).hasText("Dank je wel");
        assertAccessible(page);

        assertThat(offerings.findById(offering.id()).orElseThrow().lastConfirmedOn())
                .isEqualTo(LocalDate.now(ZoneId.of("Europe/Amsterdam")));
    }
}
