package nl.omkijken.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.omkijken.IntegrationTest;
import nl.omkijken.SignInSessions;
import nl.omkijken.identity.PersonalDataViewed;
import nl.omkijken.identity.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The staff screens that show personal data leave a line in the access log, and only the administrator reads the
 * log, filtered and a page at a time.
 */
@IntegrationTest
class AccessLogTests {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final String PIERIK = "BU01931340";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationEventPublisher events;

    @Test
    void anEditorOpeningAWaitingPostLeavesALineWithWhoWhatWhyAndWhen() throws Exception {
        var postId = waitingPost();
        var editor = SignInSessions.signInAsDemo(mvc, "redactie@omkijken.test");
        var before = Instant.now();

        mvc.perform(get("/redactie/hulp/" + postId).session(editor)).andExpect(status().isOk());

        var lines = jdbc.queryForList("select * from access_log where subject_id = ?", postId);
        assertThat(lines).hasSize(1);
        var line = lines.get(0);
        assertThat(line.get("staff_account_id")).isEqualTo(accountId("redactie@omkijken.test"));
        assertThat(line.get("subject_type")).isEqualTo("help-post");
        assertThat(line.get("purpose")).isEqualTo("moderation");
        assertThat(line.get("municipality_code")).isEqualTo("GM0193");
        assertThat(((Timestamp) line.get("viewed_at")).toInstant())
                .isBetween(before.minusSeconds(1), Instant.now().plusSeconds(1));
    }

    @Test
    void theAdministratorSeesTheLineAndTheFiltersNarrowIt() throws Exception {
        var postId = waitingPost();
        var editor = SignInSessions.signInAsDemo(mvc, "redactie@omkijken.test");
        mvc.perform(get("/redactie/hulp/" + postId).session(editor)).andExpect(status().isOk());
        var admin = SignInSessions.signInAsDemo(mvc, "beheer@omkijken.test");
        var today = LocalDate.now(AMSTERDAM);

        assertThat(page(admin, Map.of()))
                .contains(postId.toString(), "Femke", "redactie@omkijken.test", "Een oproep (hulpvraag of hulpaanbod)")
                .contains("Oproep nakijken voordat hij online komt");
        assertThat(page(admin, Map.of("medewerker", "Redactie@omkijken.test"))).contains(postId.toString());
        assertThat(page(admin, Map.of("medewerker", "beheer@omkijken.test"))).doesNotContain(postId.toString());
        assertThat(page(admin, Map.of("soort", "help-post"))).contains(postId.toString());
        assertThat(page(admin, Map.of("soort", "account"))).doesNotContain(postId.toString());
        assertThat(page(admin, Map.of("van", today.toString(), "tot", today.toString())))
                .contains(postId.toString());
        assertThat(page(admin, Map.of("van", today.plusDays(1).toString()))).doesNotContain(postId.toString());
        assertThat(page(admin, Map.of("tot", today.minusDays(1).toString()))).doesNotContain(postId.toString());
    }

    @Test
    void filtersThatCannotBeUsedSaySoBesideTheField() throws Exception {
        var admin = SignInSessions.signInAsDemo(mvc, "beheer@omkijken.test");

        assertThat(page(admin, Map.of("medewerker", "niemand-" + UUID.randomUUID() + "@omkijken.test")))
                .contains("Er is geen account met dit e-mailadres", "aria-invalid=\"true\"")
                .doesNotContain("<table");
        assertThat(page(admin, Map.of("van", "31-02-2026"))).contains("Vul een datum in, zoals 31-12-2026.");
        assertThat(page(admin, Map.of("van", "2026-05-02", "tot", "1-5-2026")))
                .contains("Deze datum ligt voor de datum bij Vanaf.");
    }

    @Test
    void showsFiftyLinesAPageNewestFirstWithLinksThatKeepTheFilters() throws Exception {
        var type = "paging-" + UUID.randomUUID().toString().substring(0, 8);
        var staff = accountId("coordinator@omkijken.test");
        var start = Instant.now().minus(Duration.ofHours(1));
        UUID oldest = null;
        for (int i = 0; i < AccessLog.PAGE_SIZE + 1; i++) {
            var subject = UUID.randomUUID();
            oldest = oldest == null ? subject : oldest;
            events.publishEvent(new PersonalDataViewed(staff, type, subject, "moderation", start.plusSeconds(i)));
        }
        var admin = SignInSessions.signInAsDemo(mvc, "beheer@omkijken.test");

        var first = page(admin, Map.of("soort", type));
        assertThat(first).contains("Pagina 1 van 2", "pagina=2", "soort=" + type, "Regel 1 tot en met 50 van 51");
        assertThat(first).doesNotContain(oldest.toString());
        var second = page(admin, Map.of("soort", type, "pagina", "2"));
        assertThat(second).contains(oldest.toString(), "Pagina 2 van 2", "pagina=1");
        assertThat(page(admin, Map.of("soort", type, "pagina", "9"))).contains(oldest.toString());
    }

    @Test
    void onlyTheAdministratorReadsTheLog() throws Exception {
        for (var role : Role.values()) {
            var session = SignInSessions.signInAsDemo(mvc, SignInSessions.demoAccount(role));
            var status = mvc.perform(get("/beheer/inzage").session(session))
                    .andReturn()
                    .getResponse()
                    .getStatus();
            assertThat(status).as(role.name()).isEqualTo(role == Role.ADMINISTRATOR ? 200 : 403);
        }
        var anonymous = mvc.perform(get("/beheer/inzage")).andReturn().getResponse();
        assertThat(anonymous.getStatus()).isEqualTo(302);
        assertThat(anonymous.getRedirectedUrl()).contains("/inloggen");
    }

    @Test
    void theAdministratorsAccountScreensAreLogged() throws Exception {
        var admin = SignInSessions.signInAsDemo(mvc, "beheer@omkijken.test");
        var adminId = accountId("beheer@omkijken.test");
        var editorId = accountId("redactie@omkijken.test");
        var before = Timestamp.from(Instant.now().minusSeconds(1));

        mvc.perform(get("/beheer/accounts").session(admin)).andExpect(status().isOk());
        mvc.perform(get("/beheer/accounts/" + editorId).session(admin)).andExpect(status().isOk());
        mvc.perform(get("/beheer/accounts/" + UUID.randomUUID()).session(admin)).andExpect(status().isNotFound());

        assertThat(jdbc.queryForList(
                        "select subject_type || ' ' || coalesce(subject_id::text, '-') || ' ' || purpose"
                                + " from access_log where staff_account_id = ? and viewed_at >= ? order by viewed_at",
                        String.class,
                        adminId,
                        before))
                .containsExactly(
                        "account-list - account-administration", "account " + editorId + " account-administration");
    }

    @Test
    void aStaffMemberLookingAtAPostTheyPlacedForAResidentIsLogged() throws Exception {
        var coordinator = SignInSessions.signInAsDemo(mvc, "coordinator@omkijken.test");
        var text = "Mevrouw zoekt iemand om samen boodschappen te doen, codewoord " + uniqueWord() + ".";
        mvc.perform(post("/hulp/namens")
                        .with(csrf())
                        .session(coordinator)
                        .param("category", "COMPANY")
                        .param("text", text)
                        .param("frequency", "WEEKLY")
                        .param("slots", "TUESDAY_MORNING")
                        .param("neighbourhood", PIERIK)
                        .param("firstName", "Gerda")
                        .param("consent", "true"))
                .andExpect(status().is3xxRedirection());
        var postId = jdbc.queryForObject("select id from help_post where text = ?", UUID.class, text);

        mvc.perform(get("/hulp/mijn").session(coordinator)).andExpect(status().isOk());
        mvc.perform(get("/hulp/mijn/" + postId).session(coordinator)).andExpect(status().isOk());

        assertThat(jdbc.queryForList(
                        "select purpose from access_log where subject_id = ? and staff_account_id = ?",
                        String.class,
                        postId,
                        accountId("coordinator@omkijken.test")))
                .containsExactly("on-behalf", "on-behalf");
    }

    /** A post a fresh resident wrote through the form, waiting for the editors. */
    private UUID waitingPost() throws Exception {
        var email = freshResident();
        var resident = SignInSessions.signInAsDemo(mvc, email);
        var text = "Wie wil er met mij wandelen langs de Vecht? Codewoord " + uniqueWord() + ".";
        mvc.perform(post("/hulp/vragen")
                        .with(csrf())
                        .session(resident)
                        .param("category", "WALKING")
                        .param("text", text)
                        .param("frequency", "WEEKLY")
                        .param("slots", "TUESDAY_MORNING")
                        .param("neighbourhood", PIERIK)
                        .param("firstName", "Trineke"))
                .andExpect(status().is3xxRedirection());
        return jdbc.queryForObject(
                "select id from help_post where text = ? and status = 'AWAITING_REVIEW'", UUID.class, text);
    }

    /** Letters only: digits in a post's text could be taken for a phone number and taken out. */
    private static String uniqueWord() {
        return UUID.randomUUID()
                .toString()
                .replace("-", "")
                .chars()
                .mapToObj(c -> String.valueOf((char) ('a' + Character.digit(c, 16))))
                .collect(Collectors.joining());
    }

    /** An ordinary resident account with the demo password, so the shared context's flood limits never meet. */
    private String freshResident() {
        var email = "bewoner-" + UUID.randomUUID() + "@omkijken.test";
        var id = UUID.randomUUID();
        jdbc.update(
                "insert into account (id, municipality_code, email, display_name, password_hash, enabled, demo,"
                        + " created_at) select ?, municipality_code, ?, 'Trineke', password_hash, true, false, now()"
                        + " from account where email = 'inwoner@omkijken.test'",
                id,
                email);
        jdbc.update("insert into account_role (account_id, role) values (?, 'RESIDENT')", id);
        return email;
    }

    private UUID accountId(String email) {
        return jdbc.queryForObject("select id from account where email = ?", UUID.class, email);
    }

    private String page(MockHttpSession session, Map<String, String> filters) throws Exception {
        MockHttpServletRequestBuilder request = get("/beheer/inzage").session(session);
        filters.forEach(request::param);
        var response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }
}
