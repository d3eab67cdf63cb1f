package nl.omkijken.finder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import nl.omkijken.IntegrationTest;
import nl.omkijken.SignInSessions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** The search follows the catalog on publish, change, temporary closing and withdrawal, with no rebuild in between. */
@IntegrationTest
class SearchInStepTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    OfferingSearch search;

    @Test
    void anOfferingIsFoundOnceApprovedFollowsItsChangesAndGoesWhenWithdrawn() throws Exception {
        var word = "zoekproef" + UUID.randomUUID().toString().substring(0, 6);
        var travers = jdbc.queryForObject("select id from provider where name = 'Travers Welzijn'", UUID.class);
        var staff = SignInSessions.signInAsDemo(mvc, "aanbieder@omkijken.test");
        var editor = SignInSessions.signInAsDemo(mvc, "redactie@omkijken.test");
        var created = mvc.perform(post("/aanbieder/" + travers + "/aanbod/nieuw")
                        .with(csrf())
                        .session(staff)
                        .param("title", "Breicafé " + word)
                        .param("summary", "Samen breien en koffie drinken.")
                        .param("kind", "ACTIVITY")
                        .param("themeIds", term("THEME", "ontmoeten"))
                        .param("targetGroupIds", term("TARGET_GROUP", "iedereen"))
                        .param("ambitions", "MEANINGFUL_CONTACTS")
                        .param("free", "true")
                        .param("howToJoin", "WALK_IN"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        var id = created.substring(created.lastIndexOf('/') + 1);
        var offering = "/aanbieder/" + travers + "/aanbod/" + id;

        mvc.perform(post(offering + "/indienen").with(csrf()).session(staff)).andExpect(status().is3xxRedirection());
        assertThat(found(word)).as("a submitted draft is not public").isZero();

        mvc.perform(post("/redactie/aanbod/" + id + "/goedkeuren").with(csrf()).session(editor))
                .andExpect(status().is3xxRedirection());
        assertThat(found(word)).as("published").isEqualTo(1);
        assertThat(found("breicafe " + word)).isEqualTo(1);

        mvc.perform(post(offering + "/zomerstop").with(csrf()).session(staff)).andExpect(status().is3xxRedirection());
        assertThat(search.search(query(word)).hits())
                .singleElement()
                .satisfies(hit -> assertThat(hit.temporarilyClosed()).isTrue());

        mvc.perform(post(offering + "/intrekken").with(csrf()).session(staff)).andExpect(status().is3xxRedirection());
        assertThat(found(word)).as("withdrawn").isZero();
    }

    private long found(String q) {
        return search.search(query(q)).total();
    }

    private static SearchQuery query(String q) {
        return new SearchQuery(q, null, null, null, null, null, null, null, false, false, false, 1);
    }

    private String term(String vocabulary, String code) {
        return jdbc.queryForObject(
                "select id::text from taxonomy_term where vocabulary = ? and code = ?", String.class, vocabulary, code);
    }
}
