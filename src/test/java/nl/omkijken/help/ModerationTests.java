package nl.omkijken.help;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import nl.omkijken.IntegrationTest;
import nl.omkijken.SignInSessions;
import nl.omkijken.TestSmtp;
import nl.omkijken.identity.PersonalDataViewed;
import nl.omkijken.notification.OutboxSender;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

/** Editors approve, ask for a change, refuse and take down posts; the author hears by mail; the public sees only what is public. */
@IntegrationTest
@RecordApplicationEvents
class ModerationTests {

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(TestSmtp.SERVER);

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    HelpPostRepository posts;

    @Autowired
    PostReportRepository reports;

    @Autowired
    OutboxSender outboxSender;

    @Autowired
    PostRetention retention;

    @Autowired
    ApplicationEvents events;

    String authorEmail;
    MockHttpSession editor;

    @BeforeEach
    void anAuthorAndAnEditor() throws Exception {
        jdbc.update("update outbox_mail set sent_at = now() where sent_at is null");
        authorEmail = HelpFixtures.resident(jdbc, "Trineke");
        editor = SignInSessions.signInAsDemo(mvc, "redactie@omkijken.test");
    }

    @Test
    void approvingPublishesThePostTellsTheAuthorAndCountsIt() throws Exception {
        var id = waiting("Wie wil er met mij wandelen langs de Vecht? " + UUID.randomUUID());
        assertThat(page(get("/redactie/hulp").session(editor))).contains("/redactie/hulp/" + id);
        mvc.perform(get("/hulp/" + id)).andExpect(status().isNotFound());

        assertThat(page(get("/redactie/hulp/" + id).session(editor))).contains("wandelen langs de Vecht");
        assertThat(events.stream(PersonalDataViewed.class))
                .anyMatch(e -> e.subjectId().equals(id) && e.purpose().equals("moderation"));

        mvc.perform(post("/redactie/hulp/" + id + "/goedkeuren").with(csrf()).session(editor))
                .andExpect(status().is3xxRedirection());

        assertThat(posts.findById(id).orElseThrow().status()).isEqualTo(PostStatus.OPEN);
        assertThat(events.stream(HelpActivity.class))
                .anyMatch(a -> a.type() == HelpActivity.Type.REQUEST_PUBLISHED
                        && a.districtCode().equals("WK019313"));
        var message = mailTo(authorEmail);
        assertThat(message).contains("staat nu op Omkijken", "/hulp/" + id);

        var anonymous = mvc.perform(get("/hulp/" + id)).andReturn().getResponse();
        assertThat(anonymous.getStatus()).isEqualTo(200);
        assertThat(anonymous.getCookies()).isEmpty();
        assertThat(anonymous.getContentAsString(StandardCharsets.UTF_8))
                .contains("wandelen langs de Vecht", "Pierik", "Trineke", "/hulp/" + id + "/reageren")
                .doesNotContain(authorEmail);
        assertThat(page(get("/hulp").param("wijk", "WK019313").param("soort", "vragen")))
                .contains("/hulp/" + id);
        assertThat(page(get("/hulp").param("soort", "aanbieden"))).doesNotContain("/hulp/" + id);
    }

    @Test
    void askingForAChangeNeedsAReasonWhichTheAuthorReadsAndRevisingReturnsItToTheQueue() throws Exception {
        var id = waiting("Ik zoek iemand voor een praatje op woensdag. " + UUID.randomUUID());
        mvc.perform(post("/redactie/hulp/" + id + "/wijziging")
                        .with(csrf())
                        .session(editor)
                        .param("reason", " "))
                .andExpect(status().is3xxRedirection());
        assertThat(posts.findById(id).orElseThrow().status()).isEqualTo(PostStatus.AWAITING_REVIEW);

        mvc.perform(post("/redactie/hulp/" + id + "/wijziging")
                        .with(csrf())
                        .session(editor)
                        .param("reason", "Schrijf er een dagdeel bij."))
                .andExpect(status().is3xxRedirection());
        assertThat(posts.findById(id).orElseThrow().status()).isEqualTo(PostStatus.CHANGES_REQUESTED);
        assertThat(mailTo(authorEmail)).contains("Schrijf er een dagdeel bij.");

        var author = SignInSessions.signInAsDemo(mvc, authorEmail);
        assertThat(page(get("/hulp/mijn").session(author))).contains("Schrijf er een dagdeel bij.");
        mvc.perform(post("/hulp/mijn/" + id)
                        .with(csrf())
                        .session(author)
                        .param("category", "COMPANY")
                        .param("text", "Ik zoek iemand voor een praatje op woensdagmiddag.")
                        .param("frequency", "WEEKLY")
                        .param("slots", "WEDNESDAY_AFTERNOON")
                        .param("neighbourhood", HelpFixtures.PIERIK)
                        .param("firstName", "Trineke"))
                .andExpect(status().is3xxRedirection());
        var revised = posts.findById(id).orElseThrow();
        assertThat(revised.status()).isEqualTo(PostStatus.AWAITING_REVIEW);
        assertThat(revised.content().availability()).hasSize(1);
    }

    @Test
    void refusingNeedsAReasonAndTellsTheAuthor() throws Exception {
        var id = waiting("Ik zoek iemand die mijn oude spullen wil hebben. " + UUID.randomUUID());
        mvc.perform(post("/redactie/hulp/" + id + "/weigeren")
                        .with(csrf())
                        .session(editor)
                        .param("reason", "Dit gaat niet over hulp."))
                .andExpect(status().is3xxRedirection());
        assertThat(posts.findById(id).orElseThrow().status()).isEqualTo(PostStatus.REFUSED);
        assertThat(mailTo(authorEmail)).contains("Dit gaat niet over hulp.", "plaatsen hem niet");
        mvc.perform(post("/redactie/hulp/" + id + "/goedkeuren").with(csrf()).session(editor))
                .andExpect(status().isNotFound());
    }

    @Test
    void thePostOfAStaffMemberOnAResidentsBehalfIsMailedToTheStaffMember() throws Exception {
        var content = new PostContent(
                HelpCategory.COMPANY,
                Frequency.WEEKLY,
                "Gerda",
                null,
                "Mevrouw zoekt gezelschap op de dinsdagmiddag. " + UUID.randomUUID(),
                HelpFixtures.PIERIK,
                "WK019313",
                Set.of());
        var post = HelpPost.onBehalf(
                "GM0193",
                PostKind.REQUEST,
                content,
                HelpFixtures.accountId(jdbc, "coordinator@omkijken.test"),
                Instant.now());
        posts.save(post);

        mvc.perform(post("/redactie/hulp/" + post.id() + "/goedkeuren")
                        .with(csrf())
                        .session(editor))
                .andExpect(status().is3xxRedirection());

        assertThat(mailTo("coordinator@omkijken.test")).contains("namens Gerda");
    }

    @Test
    void onlyEditorsReachTheQueue() throws Exception {
        var id = waiting("Wie helpt mij met mijn nieuwe telefoon? " + UUID.randomUUID());
        for (var email : new String[] {"coordinator@omkijken.test", "inwoner@omkijken.test"}) {
            var session = SignInSessions.signInAsDemo(mvc, email);
            mvc.perform(get("/redactie/hulp").session(session)).andExpect(status().isForbidden());
            mvc.perform(post("/redactie/hulp/" + id + "/goedkeuren")
                            .with(csrf())
                            .session(session))
                    .andExpect(status().isForbidden());
        }
        assertThat(posts.findById(id).orElseThrow().status()).isEqualTo(PostStatus.AWAITING_REVIEW);
    }

    @Test
    void anyoneReportsAPublicPostAndAnEditorTakesItDown() throws Exception {
        var id = published("Ik help graag met de tuin in het voorjaar. " + UUID.randomUUID());
        mvc.perform(post("/hulp/" + id + "/melden").with(csrf()).param("text", "zonder reden"))
                .andExpect(status().isOk());
        for (int i = 0; i < ReportThrottle.PER_POST_PER_HOUR + 2; i++) {
            mvc.perform(post("/hulp/" + id + "/melden")
                            .with(csrf())
                            .param("reason", "SELLING")
                            .param("text", "Hij vraagt geld."))
                    .andExpect(status().is3xxRedirection());
        }
        mvc.perform(post("/hulp/" + id + "/melden")
                        .with(csrf())
                        .param("reason", "RUDE")
                        .param("website", "x"))
                .andExpect(status().is3xxRedirection());
        var open = reports.findByPostIdAndHandledAtIsNull(id);
        assertThat(open).hasSize(ReportThrottle.PER_POST_PER_HOUR);

        assertThat(page(get("/redactie/hulp/meldingen").session(editor))).contains("Hij vraagt geld.");
        mvc.perform(post("/redactie/hulp/meldingen/" + open.get(0).id() + "/verwijderen")
                        .with(csrf())
                        .session(editor)
                        .param("reason", "Op Omkijken vragen we geen geld."))
                .andExpect(status().is3xxRedirection());

        var post = posts.findById(id).orElseThrow();
        assertThat(post.status()).isEqualTo(PostStatus.CLOSED);
        assertThat(post.closeReason()).isEqualTo(CloseReason.REMOVED_BY_EDITOR);
        assertThat(reports.findByPostIdAndHandledAtIsNull(id)).isEmpty();
        assertThat(mailTo(authorEmail)).contains("Op Omkijken vragen we geen geld.");
        mvc.perform(get("/hulp/" + id)).andExpect(status().isNotFound());
        mvc.perform(get("/hulp/" + id + "/melden")).andExpect(status().isNotFound());
    }

    @Test
    void closedPostsPastTheirKeepingPeriodAreAnonymised() throws Exception {
        var old = published("Ik wandel graag op zondag met een buurtgenoot. " + UUID.randomUUID());
        var recent = published("Ik fiets graag op zaterdag met een buurtgenoot. " + UUID.randomUUID());
        jdbc.update(
                "update help_post set status = 'CLOSED', closed_at = ? where id = ?",
                java.sql.Timestamp.from(Instant.now().minus(Duration.ofDays(400))),
                old);
        jdbc.update("update help_post set status = 'CLOSED', closed_at = now() where id = ?", recent);

        assertThat(retention.anonymise()).isGreaterThanOrEqualTo(1);

        var anonymised = posts.findById(old).orElseThrow();
        assertThat(anonymised.anonymisedAt()).isNotNull();
        assertThat(anonymised.content().text()).isEmpty();
        assertThat(anonymised.replyAccountId()).isNull();
        assertThat(anonymised.content().districtCode()).isEqualTo("WK019313");
        assertThat(posts.findById(recent).orElseThrow().anonymisedAt()).isNull();
    }

    private UUID waiting(String text) {
        var content = new PostContent(
                HelpCategory.WALKING,
                Frequency.WEEKLY,
                "Trineke",
                null,
                text,
                HelpFixtures.PIERIK,
                "WK019313",
                Set.of());
        var post = HelpPost.byResident(
                "GM0193", PostKind.REQUEST, content, HelpFixtures.accountId(jdbc, authorEmail), Instant.now());
        posts.save(post);
        return post.id();
    }

    private UUID published(String text) {
        var id = waiting(text);
        var post = posts.findById(id).orElseThrow();
        post.approve(null, Instant.now());
        posts.save(post);
        return id;
    }

    private String mailTo(String recipient) throws Exception {
        outboxSender.sendDue();
        assertThat(mail.waitForIncomingEmail(5_000, 1)).isTrue();
        var messages = mail.getReceivedMessages();
        var last = messages[messages.length - 1];
        assertThat(last.getAllRecipients()[0].toString()).isEqualTo(recipient);
        return last.getSubject() + "\n"
                + GreenMailUtil.getBody(last).replace("=\r\n", "").replace("=3D", "=");
    }

    private String page(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request)
            throws Exception {
        return mvc.perform(request).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
