package nl.omkijken.help;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import nl.omkijken.IntegrationTest;
import nl.omkijken.SignInSessions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * "Mijn gegevens" with what the help module holds: a resident sees their account and their own post, downloads the
 * same as JSON, and erases it all only with the box ticked.
 */
@IntegrationTest
class OwnDataPageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    JsonMapper json;

    @Autowired
    HelpPostRepository posts;

    @Autowired
    ConversationRepository conversations;

    @Autowired
    ConversationMessageRepository messages;

    String email;
    UUID accountId;
    String text;
    UUID postId;
    MockHttpSession session;

    @BeforeEach
    void residentWithAPost() throws Exception {
        email = HelpFixtures.resident(jdbc, "Gerda Mulder");
        accountId = HelpFixtures.accountId(jdbc, email);
        text = "Wie wil op zaterdag met mij naar de markt? " + UUID.randomUUID();
        var content = new PostContent(
                HelpCategory.SHOPPING,
                Frequency.WEEKLY,
                "Gerda",
                null,
                text,
                HelpFixtures.PIERIK,
                "WK019313",
                Set.of());
        var post = HelpPost.byResident("GM0193", PostKind.REQUEST, content, accountId, Instant.now());
        post.approve(null, Instant.now());
        postId = posts.save(post).id();
        session = SignInSessions.signInAsDemo(mvc, email);
    }

    @Test
    void showsTheAccountAndThePostItsOwnerWrote() throws Exception {
        var page =
                mvc.perform(get("/mijn-gegevens").session(session)).andReturn().getResponse();

        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsString(StandardCharsets.UTF_8))
                .contains("Je account", "Gerda Mulder", email, "Inwoner", text)
                .contains("Ja, verwijder mijn account en alles wat erbij hoort")
                .contains("href=\"/privacy\"", "href=\"/mijn-gegevens/download\"")
                .doesNotContain("utrecht-form-field--invalid");
    }

    @Test
    void downloadsTheSameAsAJsonFile() throws Exception {
        var response = mvc.perform(get("/mijn-gegevens/download").session(session))
                .andReturn()
                .getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).isEqualTo("application/json;charset=UTF-8");
        assertThat(response.getHeader("Content-Disposition"))
                .isEqualTo("attachment; filename=\"omkijken-mijn-gegevens.json\"");
        var file = json.readTree(response.getContentAsByteArray());
        assertThat(file.get("title").asString()).isEqualTo("Wat Omkijken over je bewaart");
        assertThat(Instant.parse(file.get("madeAt").asString())).isBefore(Instant.now());
        var sections = file.get("sections");
        assertThat(sections.get(0).get("title").asString()).isEqualTo("Je account");
        assertThat(values(sections.get(0))).contains("Gerda Mulder", email, "Inwoner");
        assertThat(sections.valueStream().flatMap(s -> values(s).stream())).contains(text);
    }

    @Test
    void withoutTheTickNothingHappens() throws Exception {
        var page = mvc.perform(post("/mijn-gegevens/verwijderen").with(csrf()).session(session))
                .andReturn()
                .getResponse();

        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsString(StandardCharsets.UTF_8))
                .contains("Zet een vinkje als je zeker weet dat je je account wilt verwijderen.")
                .contains("aria-describedby=\"confirmed-error\"");
        assertThat(jdbc.queryForObject("select email from account where id = ?", String.class, accountId))
                .isEqualTo(email);
        assertThat(jdbc.queryForObject("select text from help_post where id = ?", String.class, postId))
                .isEqualTo(text);
        assertThat(mvc.perform(get("/mijn-gegevens").session(session))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);
    }

    @Test
    void withTheTickThePostsTheMessagesAndTheAccountGoAndTheSessionEnds() throws Exception {
        var volunteer = HelpFixtures.accountId(jdbc, HelpFixtures.resident(jdbc, "Ahmed"));
        var conversation = conversations.save(Conversation.aboutPost(
                posts.findById(postId).orElseThrow(), "Gerda vraagt hulp", volunteer, Instant.now()));
        messages.save(new ConversationMessage(conversation.id(), Side.REACTOR, "Ik ga graag mee.", Instant.now()));
        messages.save(new ConversationMessage(conversation.id(), Side.OWNER, "Fijn, tot zaterdag!", Instant.now()));

        var response = mvc.perform(post("/mijn-gegevens/verwijderen")
                        .with(csrf())
                        .session(session)
                        .param("confirmed", "true"))
                .andReturn()
                .getResponse();

        assertThat(response.getStatus()).isEqualTo(302);
        assertThat(response.getRedirectedUrl()).isEqualTo("/?verwijderd");
        assertThat(session.isInvalid()).isTrue();
        var post = jdbc.queryForMap("select text, first_name, anonymised_at from help_post where id = ?", postId);
        assertThat(post.get("anonymised_at")).isNotNull();
        assertThat(post.get("text")).isEqualTo("");
        assertThat(jdbc.queryForObject(
                        "select count(*) from help_message where conversation_id = ?",
                        Integer.class,
                        conversation.id()))
                .isZero();
        var account = jdbc.queryForMap(
                "select email, display_name, password_hash, enabled, erased_at from account where id = ?", accountId);
        assertThat((String) account.get("email")).startsWith("verwijderd-").endsWith("@invalid");
        assertThat(account.get("display_name")).isEqualTo("");
        assertThat(account.get("password_hash")).isNull();
        assertThat(account.get("enabled")).isEqualTo(false);
        assertThat(account.get("erased_at")).isNotNull();
        assertThat(jdbc.queryForObject(
                        "select count(*) from account_role where account_id = ?", Integer.class, accountId))
                .isZero();
        mvc.perform(formLogin("/inloggen").userParameter("email").user(email).password(SignInSessions.DEMO_PASSWORD))
                .andExpect(unauthenticated());
        assertThat(mvc.perform(get("/?verwijderd"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8))
                .contains("Je account is verwijderd, met alles wat erbij hoorde.");
    }

    private static java.util.List<String> values(JsonNode section) {
        return section.get("items")
                .valueStream()
                .map(i -> i.get("value").asString())
                .toList();
    }
}
