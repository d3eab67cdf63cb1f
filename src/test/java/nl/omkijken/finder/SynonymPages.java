package nl.omkijken.finder;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Pattern;
import nl.omkijken.SignInSessions;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.web.util.HtmlUtils;

/** The editors' search word pages as one signed-in person uses them, and what the pages say. */
final class SynonymPages {

    static final String PAGE = SynonymController.PATH;

    private final MockMvc mvc;
    private final JdbcTemplate jdbc;
    private final MockHttpSession session;

    SynonymPages(MockMvc mvc, JdbcTemplate jdbc, String email) throws Exception {
        this.mvc = mvc;
        this.jdbc = jdbc;
        this.session = SignInSessions.signInAsDemo(mvc, email);
    }

    /** The page at this address (with its query) as HTML; it must be there. */
    String read(String path) throws Exception {
        return page(get(path).session(session));
    }

    ResultActions visit(String path) throws Exception {
        return mvc.perform(get(path).session(session));
    }

    /** Sends the form to this address. */
    ResultActions send(String path, String word, String alternatives) throws Exception {
        return mvc.perform(
                post(path).with(csrf()).session(session).param("word", word).param("alternatives", alternatives));
    }

    /** Sends the form expecting it back with what is wrong. */
    String refused(String path, String word, String alternatives) throws Exception {
        return send(path, word, alternatives)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    /** Adds a word and follows the redirect, as a browser does, so that its message is shown and gone. */
    UUID add(String word, String alternatives) throws Exception {
        send(PAGE, word, alternatives).andExpect(redirectedUrl(PAGE));
        read(PAGE);
        return idOf(word);
    }

    ResultActions delete(UUID id) throws Exception {
        return mvc.perform(post(PAGE + "/" + id + "/verwijderen").with(csrf()).session(session));
    }

    /** The search page a resident sees, without an account (so it may come from the finder's kept pages). */
    String search(String q) throws Exception {
        return page(get("/zoeken?q={q}", q));
    }

    UUID idOf(String word) {
        return jdbc
                .query(
                        "select id from search_synonym where term_key = ?",
                        (rs, i) -> rs.getObject(1, UUID.class),
                        Synonyms.normalise(word))
                .stream()
                .findFirst()
                .orElse(null);
    }

    private String page(RequestBuilder request) throws Exception {
        return mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    /** A word no other test uses and that holds no Dutch word, so it finds nothing by itself. */
    static String unique() {
        return "zqxv" + Math.abs(UUID.randomUUID().getLeastSignificantBits() % 1_000_000_000L);
    }

    /** The error message beside a form field as a person reads it, or null when there is none. */
    static String errorBeside(String page, String field) {
        var error = Pattern.compile("<div[^>]*\\bid=\"" + field + "-error\"[^>]*>(.*?)</div>", Pattern.DOTALL)
                .matcher(page);
        return error.find() ? HtmlUtils.htmlUnescape(error.group(1).strip()) : null;
    }
}
