package nl.omkijken.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
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
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class FreshnessTests {

    private static final Pattern LINK = Pattern.compile("http://\\S+/aanbod-bevestigen\\?\\S+");

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(TestSmtp.SERVER);

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    OfferingRepository offerings;

    @Autowired
    FreshnessReminders reminders;

    @Autowired
    ConfirmationLinks links;

    @Autowired
    OutboxSender outboxSender;

    @Autowired
    OfferingEditing editing;

    @Autowired
    CatalogProperties properties;

    UUID provider;

    @BeforeEach
    void onlyThisTestsOfferingsAreDue() {
        provider = CatalogFixtures.provider(jdbc, "WijZ Welzijn");
        jdbc.update("update provider set email = 'aanbod@wijz.example.org' where id = ?", provider);
        // Offerings of other tests and the demo data count as just reminded, so only this test's are due.
        jdbc.update("update offering set last_reminded_at = now()");
        jdbc.update("update outbox_mail set sent_at = now() where sent_at is null");
    }

    @Test
    void aProviderIsRemindedByMailAndConfirmsWithTheLink() throws Exception {
        var id = published("Taalcafé Stadshagen", 100);

        assertThat(reminders.remind()).isEqualTo(1);
        assertThat(sendOutbox()).isEqualTo(1);

        assertThat(mail.waitForIncomingEmail(5_000, 1)).isTrue();
        var message = mail.getReceivedMessages()[0];
        assertThat(message.getAllRecipients()[0].toString()).isEqualTo("aanbod@wijz.example.org");
        assertThat(message.getSubject()).isEqualTo("Klopt \"Taalcafé Stadshagen\" nog?");
        var matcher = LINK.matcher((String) message.getContent());
        assertThat(matcher.find()).isTrue();
        var link = URI.create(matcher.group());

        mvc.perform(get(link.getPath() + "?" + link.getRawQuery())).andExpect(status().isOk());
        mvc.perform(post(link.getPath() + "?" + link.getRawQuery()).with(csrf()))
                .andExpect(status().isOk());

        assertThat(offerings.findById(id).orElseThrow().lastConfirmedOn())
                .isEqualTo(LocalDate.now(ZoneId.of("Europe/Amsterdam")));
        assertThat(reminders.remind()).as("nothing due after confirming").isZero();
    }

    @Test
    void remindersRepeatOnlyAfterTheInterval() {
        published("Wandelclub Berkum", 120);

        assertThat(reminders.remind()).isEqualTo(1);
        assertThat(reminders.remind()).isZero();
        jdbc.update(
                "update offering set last_reminded_at = now() - interval '15 days' where title = ?",
                "Wandelclub Berkum");
        assertThat(reminders.remind()).isEqualTo(1);
    }

    @Test
    void aTamperedOrExpiredLinkConfirmsNothing() throws Exception {
        var id = published("Repaircafé", 100);
        var query = links.queryFor(id);

        mvc.perform(get("/aanbod-bevestigen?" + withOneSignatureDigitChanged(query)))
                .andExpect(status().isGone());
        mvc.perform(post("/aanbod-bevestigen?o=" + id + "&until=1&sig=00").with(csrf()))
                .andExpect(status().isGone());
        assertThat(offerings.findById(id).orElseThrow().lastConfirmedOn())
                .isEqualTo(LocalDate.now().minusDays(100));
    }

    @Test
    void aBrokenMailServerDelaysTheMailAndLosesNone() {
        published("Samen eten Diezerpoort", 100);
        reminders.remind();
        mail.stop();
        try {
            assertThat(sendOutbox()).isZero();
            assertThat(jdbc.queryForObject(
                            "select attempts from outbox_mail where sent_at is null and subject like '%Diezerpoort%'",
                            Integer.class))
                    .isEqualTo(1);
        } finally {
            mail.start();
        }
        jdbc.update("update outbox_mail set next_attempt_at = now() where sent_at is null");
        assertThat(sendOutbox()).isEqualTo(1);
        assertThat(mail.waitForIncomingEmail(5_000, 1)).isTrue();
    }

    @Test
    void savingAPublishedOfferingKeepsItPublicAndCountsAsAConfirmation() {
        var id = published("Wandelgroep " + UUID.randomUUID(), 200);
        var editor = new nl.omkijken.identity.AccountSummary(
                UUID.randomUUID(),
                "redactie@omkijken.test",
                "Redactie",
                java.util.Set.of(nl.omkijken.identity.Role.EDITOR),
                java.util.Set.of());
        var version = offerings.findById(id).orElseThrow().version();

        editing.change(editor, id, version, CatalogFixtures.activity("Wandelgroep op dinsdag " + id));

        var saved = offerings.findById(id).orElseThrow();
        assertThat(saved.reviewState()).isEqualTo(ReviewState.PUBLISHED);
        assertThat(saved.lastConfirmedOn()).isEqualTo(editing.today());
        assertThat(Freshness.of(saved.lastConfirmedOn(), editing.today(), properties))
                .isEqualTo(Freshness.FRESH);
        assertThat(jdbc.queryForList("select field from offering_change where offering_id = ?", String.class, id))
                .contains("title", "lastConfirmedOn");
    }

    private int sendOutbox() {
        return outboxSender.sendDue();
    }

    private UUID published(String title, int daysSinceConfirmed) {
        var offering = Offering.draft("GM0193", provider, CatalogFixtures.activity(title), Instant.now());
        offering.submit();
        offering.approve(Instant.now(), LocalDate.now().minusDays(daysSinceConfirmed));
        offerings.save(offering);
        return offering.id();
    }

    /** The same link with the last digit of its signature replaced by a different one. */
    private static String withOneSignatureDigitChanged(String query) {
        var last = query.charAt(query.length() - 1);
        return query.substring(0, query.length() - 1) + (last == '0' ? '1' : '0');
    }
}
