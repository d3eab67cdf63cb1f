package nl.omkijken.help;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import java.util.regex.Pattern;
import nl.omkijken.IntegrationTest;
import nl.omkijken.SignInSessions;
import nl.omkijken.TestMails;
import nl.omkijken.TestSmtp;
import nl.omkijken.notification.OutboxSender;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Two weeks after a match both sides are asked "Is het gelukt?" by mail, answer once on the link without an
 * account, and the answers count per wijk, with small counts never shown exactly.
 */
@IntegrationTest
class OutcomeTests {

    private static final Pattern LINK = Pattern.compile("(/hulp/gelukt/[A-Za-z0-9_-]{43})");
    private static final String ASSENDORP = "WK019313";

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(TestSmtp.SERVER);

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    HelpPostRepository posts;

    @Autowired
    OutboxSender outboxSender;

    @Autowired
    OutcomeQuestions questions;

    @Autowired
    HelpFigures figures;

    String authorEmail;
    String volunteerEmail;

    @BeforeEach
    void noMailWaiting() {
        jdbc.update("update outbox_mail set sent_at = now() where sent_at is null");
        jdbc.update("update help_outcome_question set sent_at = now() where sent_at is null");
        authorEmail = HelpFixtures.resident(jdbc, "Trineke de Vries");
        volunteerEmail = HelpFixtures.resident(jdbc, "Ahmed El Amrani");
    }

    @Test
    void bothSidesAreAskedAfterTwoWeeksAndEachAnswersOnce() throws Exception {
        var matchesBefore = count(HelpFigures.Measure.MATCHES);
        var workedOutBefore = count(HelpFigures.Measure.WORKED_OUT);
        var didNotBefore = count(HelpFigures.Measure.DID_NOT);
        var match = matched();
        assertThat(count(HelpFigures.Measure.MATCHES)).isEqualTo(matchesBefore + 1);
        assertThat(questions.sendDue()).isZero();
        var due = jdbc.queryForObject(
                "select min(due_at) from help_outcome_question where match_id = ?", Timestamp.class, match);
        assertThat(Duration.between(Instant.now(), due.toInstant()).toDays()).isBetween(13L, 14L);

        jdbc.update("update help_outcome_question set due_at = now() - interval '1 minute' where match_id = ?", match);
        jdbc.update("update outbox_mail set sent_at = now() where sent_at is null");
        assertThat(questions.sendDue()).isEqualTo(2);
        assertThat(jdbc.queryForObject(
                        "select count(*) from help_outcome_question where match_id = ? and email is null"
                                + " and first_name is null",
                        Integer.class,
                        match))
                .isEqualTo(2);
        outboxSender.sendDue();
        assertThat(mail.waitForIncomingEmail(5_000, 2)).isTrue();
        var toAuthor = bodyTo(authorEmail);
        assertThat(toAuthor).contains("Is het gelukt?", "Hallo Trineke", "jij en Ahmed");
        var matcher = LINK.matcher(toAuthor);
        assertThat(matcher.find()).isTrue();
        var link = matcher.group(1);

        assertThat(page(mvc.perform(get(link)).andReturn().getResponse())).contains("Ja, het is gelukt", "Een beetje");
        assertThat(page(answer(link, ""))).contains("Kies een antwoord.");
        assertThat(page(answer(link, "MISSCHIEN"))).contains("Kies een antwoord.");
        assertThat(count(HelpFigures.Measure.WORKED_OUT)).isEqualTo(workedOutBefore);

        assertThat(page(answer(link, "YES"))).contains("Dank je wel voor je antwoord!");
        assertThat(count(HelpFigures.Measure.WORKED_OUT)).isEqualTo(workedOutBefore + 1);
        assertThat(page(answer(link, "NO"))).contains("Je hebt deze vraag al beantwoord.");
        assertThat(count(HelpFigures.Measure.WORKED_OUT)).isEqualTo(workedOutBefore + 1);
        assertThat(count(HelpFigures.Measure.DID_NOT)).isEqualTo(didNotBefore);
    }

    @Test
    void anOldOrUnknownLinkAnswersNothing() throws Exception {
        var match = matched();
        jdbc.update(
                "update help_outcome_question set due_at = now(), sent_at = ? where match_id = ?",
                Timestamp.from(
                        Instant.now().minus(OutcomeQuestions.ANSWER_WITHIN).minus(Duration.ofDays(1))),
                match);
        var token = jdbc.queryForList("select token from help_outcome_question where match_id = ?", String.class, match)
                .get(0);
        var expired = answer("/hulp/gelukt/" + token, "YES");
        assertThat(expired.getStatus()).isEqualTo(410);
        assertThat(page(expired)).contains("Deze link is verlopen.");
        assertThat(jdbc.queryForObject(
                        "select count(*) from help_outcome_question where match_id = ? and answer is not null",
                        Integer.class,
                        match))
                .isZero();
        assertThat(mvc.perform(get("/hulp/gelukt/" + "A".repeat(43)))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        assertThat(mvc.perform(get("/hulp/gelukt/kort"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
    }

    @Test
    void policyAdvisorsSeeCountsPerWijkWithSmallOnesHidden() throws Exception {
        var zone = ZoneId.of("Europe/Amsterdam");
        for (var i = 0; i < 3; i++) {
            activity("REQUEST_PUBLISHED", "TRANSPORT", ASSENDORP, LocalDate.of(2001, 3, 10));
        }
        for (var i = 0; i < 7; i++) {
            activity("REACTION", "TRANSPORT", ASSENDORP, LocalDate.of(2001, 3, 11));
        }
        activity("MATCH", "COMPANY", ASSENDORP, LocalDate.of(2001, 3, 11));
        var rows = figures.perDistrict(
                LocalDate.of(2001, 3, 1).atStartOfDay(zone).toInstant(),
                LocalDate.of(2001, 4, 1).atStartOfDay(zone).toInstant(),
                HelpCategory.TRANSPORT);
        var assendorp = rows.stream()
                .filter(r -> ASSENDORP.equals(r.districtCode()))
                .findFirst()
                .orElseThrow();
        assertThat(assendorp.count(HelpFigures.Measure.REQUESTS).suppressed()).isTrue();
        assertThat(assendorp.count(HelpFigures.Measure.REACTIONS).shown()).isEqualTo(7);
        assertThat(assendorp.count(HelpFigures.Measure.MATCHES).exact()).isZero();
        assertThat(rows).hasSize(17);

        var advisor = SignInSessions.signInAsDemo(mvc, "beleid@omkijken.test");
        var shown = page(mvc.perform(get("/beleid/hulp")
                        .session(advisor)
                        .param("van", "2001-03-01")
                        .param("tot", "2001-03-31")
                        .param("categorie", "TRANSPORT"))
                .andReturn()
                .getResponse());
        assertThat(shown)
                .contains("Assendorp", "minder dan 5", ">7<", "Totaal", "van 1 maart 2001 tot en met 31 maart 2001")
                .doesNotContain(">3<");
        var resident = SignInSessions.signInAsDemo(mvc, "inwoner@omkijken.test");
        assertThat(mvc.perform(get("/beleid/hulp").session(resident))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        var nonsense = mvc.perform(get("/beleid/hulp")
                        .session(advisor)
                        .param("van", "gisteren")
                        .param("tot", "x"))
                .andReturn()
                .getResponse();
        assertThat(nonsense.getStatus()).isEqualTo(200);
    }

    /** This measure in Assendorp, walking, in the last year. */
    private long count(HelpFigures.Measure measure) {
        return figures
                .perDistrict(
                        Instant.now().minus(Duration.ofDays(365)), Instant.now().plusSeconds(60), HelpCategory.WALKING)
                .stream()
                .filter(r -> ASSENDORP.equals(r.districtCode()))
                .findFirst()
                .orElseThrow()
                .count(measure)
                .exact();
    }

    private void activity(String type, String category, String district, LocalDate on) {
        jdbc.update(
                "insert into help_activity (id, municipality_code, type, kind, category, district_code, happened_at)"
                        + " values (?, 'GM0193', ?, 'POST', ?, ?, ?)",
                UUID.randomUUID(),
                type,
                category,
                district,
                Timestamp.from(
                        on.atTime(12, 0).atZone(ZoneId.of("Europe/Amsterdam")).toInstant()));
    }

    /** A walking request in Assendorp, a reaction, and the author says they found each other; returns the match. */
    private UUID matched() throws Exception {
        var postId = HelpFixtures.published(jdbc, posts, authorEmail);
        var volunteer = SignInSessions.signInAsDemo(mvc, volunteerEmail);
        var reacted = mvc.perform(post("/hulp/" + postId + "/reageren")
                        .with(csrf())
                        .session(volunteer)
                        .param("text", "Hallo Trineke, ik wandel graag met je mee.")
                        .param("website", ""))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        var conversation = reacted.substring("/berichten/".length(), reacted.indexOf('?'));
        var author = SignInSessions.signInAsDemo(mvc, authorEmail);
        mvc.perform(
                post("/berichten/" + conversation + "/gevonden").with(csrf()).session(author));
        return UUID.fromString(conversation);
    }

    private MockHttpServletResponse answer(String link, String answer) throws Exception {
        return mvc.perform(post(link).with(csrf()).param("antwoord", answer))
                .andReturn()
                .getResponse();
    }

    private String bodyTo(String recipient) {
        var mails = TestMails.to(mail, recipient);
        assertThat(mails).as("mail to " + recipient).hasSize(1);
        return mails.get(0);
    }

    private static String page(MockHttpServletResponse response) throws Exception {
        return response.getContentAsString(StandardCharsets.UTF_8);
    }
}
