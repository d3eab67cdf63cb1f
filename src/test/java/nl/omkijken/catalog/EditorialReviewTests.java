package nl.omkijken.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import nl.omkijken.IntegrationTest;
import nl.omkijken.SignInSessions;
import nl.omkijken.TestSmtp;
import nl.omkijken.notification.OutboxSender;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class EditorialReviewTests {

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(TestSmtp.SERVER);

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    OfferingRepository offerings;

    @Autowired
    OutboxSender outboxSender;

    UUID provider;

    @BeforeEach
    void aProviderWithAnAddress() {
        provider = CatalogFixtures.provider(jdbc, "Travers Welzijn");
        jdbc.update("update provider set email = 'aanbod@travers.example.org' where id = ?", provider);
        jdbc.update("update outbox_mail set sent_at = now() where sent_at is null");
    }

    @Test
    void anEditorPublishesASubmittedOffering() throws Exception {
        var id = submitted("Samen koken in Holtenbroek");
        var editor = SignInSessions.signInAsDemo(mvc, "redactie@omkijken.test");

        var queue = mvc.perform(get("/redactie").session(editor))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(queue).contains("Samen koken in Holtenbroek", "Travers Welzijn");

        mvc.perform(post("/redactie/aanbod/" + id + "/goedkeuren").with(csrf()).session(editor))
                .andExpect(status().is3xxRedirection());

        var offering = offerings.findById(id).orElseThrow();
        assertThat(offering.reviewState()).isEqualTo(ReviewState.PUBLISHED);
        assertThat(offering.lastConfirmedOn()).isNotNull();
        assertThat(offering.isPublic()).isTrue();
    }

    @Test
    void sendingBackNeedsAReasonWhichTheProviderReceivesByMail() throws Exception {
        var id = submitted("Wandelgroep Berkum");
        var editor = SignInSessions.signInAsDemo(mvc, "redactie@omkijken.test");

        mvc.perform(post("/redactie/aanbod/" + id + "/terugsturen")
                        .with(csrf())
                        .session(editor)
                        .param("reason", "  "))
                .andExpect(status().is3xxRedirection());
        assertThat(offerings.findById(id).orElseThrow().reviewState()).isEqualTo(ReviewState.SUBMITTED);

        mvc.perform(post("/redactie/aanbod/" + id + "/terugsturen")
                        .with(csrf())
                        .session(editor)
                        .param("reason", "Zet er een tijd bij, dan weten mensen wanneer ze kunnen komen."))
                .andExpect(status().is3xxRedirection());

        assertThat(offerings.findById(id).orElseThrow().reviewState()).isEqualTo(ReviewState.SENT_BACK);
        outboxSender.sendDue();
        assertThat(mail.waitForIncomingEmail(5_000, 1)).isTrue();
        var message = mail.getReceivedMessages()[0];
        assertThat(message.getAllRecipients()[0].toString()).isEqualTo("aanbod@travers.example.org");
        assertThat(message.getSubject()).contains("Wandelgroep Berkum");
        assertThat(GreenMailUtil.getBody(message)).contains("Zet er een tijd bij");
    }

    @Test
    void onlyEditorsReachTheQueue() throws Exception {
        for (var email : new String[] {"aanbieder@omkijken.test", "beheer@omkijken.test", "inwoner@omkijken.test"}) {
            var session = SignInSessions.signInAsDemo(mvc, email);
            mvc.perform(get("/redactie").session(session)).andExpect(status().isForbidden());
        }
        var id = submitted("Niet goedgekeurd");
        var staff = SignInSessions.signInAsDemo(mvc, "aanbieder@omkijken.test");
        mvc.perform(post("/redactie/aanbod/" + id + "/goedkeuren").with(csrf()).session(staff))
                .andExpect(status().isForbidden());
        assertThat(offerings.findById(id).orElseThrow().reviewState()).isEqualTo(ReviewState.SUBMITTED);
    }

    private UUID submitted(String title) {
        var offering = Offering.draft("GM0193", provider, CatalogFixtures.activity(title), Instant.now());
        offering.submit();
        offerings.save(offering);
        return offering.id();
    }
}
