package nl.omkijken.finder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import nl.omkijken.IntegrationTest;
import nl.omkijken.SignInSessions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** Popular search pages are kept, but never outlive a catalog change, a signed-in page or an uncounted search. */
@IntegrationTest
class SearchPageCacheTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SearchPageCache cache;

    private static final String CLOSED = "Tijdelijk dicht";

    @BeforeEach
    void startEmpty() {
        cache.clear();
    }

    @Test
    void aKeptPageIsServedAgainUntilTheCatalogChanges() throws Exception {
        var offering = jdbc.queryForMap(
                "select o.id, o.provider_id, e.title from offering o join search_entry e on e.id = o.id"
                        + " join provider p on p.id = o.provider_id where p.name = 'Travers Welzijn'"
                        + " and not e.temporarily_closed order by o.title limit 1");
        var path =
                "/zoeken?q=" + java.net.URLEncoder.encode(offering.get("title").toString(), StandardCharsets.UTF_8);
        var first = page(path);
        assertThat(cache.size()).isEqualTo(1);

        // Straight into the search table, past the catalog: the kept page does not know, which shows it is kept.
        var word = "cachetoets" + UUID.randomUUID().toString().substring(0, 6);
        jdbc.update("update search_entry set title = title || ' ' || ? where id = ?", word, offering.get("id"));
        assertThat(page(path)).isEqualTo(first);

        var staff = SignInSessions.signInAsDemo(mvc, "aanbieder@omkijken.test");
        var offeringPath = "/aanbieder/" + offering.get("provider_id") + "/aanbod/" + offering.get("id");
        try {
            mvc.perform(post(offeringPath + "/zomerstop").with(csrf()).session(staff))
                    .andExpect(status().is3xxRedirection());

            var after = page(path);
            assertThat(after).isNotEqualTo(first);
            assertThat(after.split(CLOSED, -1).length).isEqualTo(first.split(CLOSED, -1).length + 1);
        } finally {
            mvc.perform(post(offeringPath + "/heropenen").with(csrf()).session(staff))
                    .andExpect(status().is3xxRedirection());
        }
    }

    @Test
    void eachSearchHasItsOwnPageWhateverTheOrderOfItsParameters() throws Exception {
        var everything = page("/zoeken");
        var coffee = mvc.perform(get("/zoeken").param("q", "koffie").param("gratis", "ja"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(coffee).isNotEqualTo(everything).contains("value=\"koffie\"");
        assertThat(page("/zoeken?gratis=ja&q=koffie")).isEqualTo(coffee);
        assertThat(page("/zoeken?q=koffie&gratis=ja")).isEqualTo(coffee);
        assertThat(cache.size()).isEqualTo(2);
    }

    @Test
    void aSearchThatFindsNothingIsMadeAndCountedEachTime() throws Exception {
        var word = "nergensvoor" + UUID.randomUUID().toString().substring(0, 6);

        page("/zoeken?q=" + word);
        page("/zoeken?q=" + word);

        assertThat(cache.size()).isZero();
        assertThat(jdbc.queryForObject("select searches from search_gap where query = ?", Integer.class, word))
                .isEqualTo(2);
    }

    @Test
    void aSignedInVisitorNeitherGetsNorLeavesAKeptPage() throws Exception {
        var anonymous = page("/zoeken?q=wandelen");
        MockHttpSession editor = SignInSessions.signInAsDemo(mvc, "redactie@omkijken.test");

        var signedIn = mvc.perform(get("/zoeken?q=wandelen").session(editor))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(signedIn).isNotEqualTo(anonymous).contains("Femke");
        assertThat(anonymous).doesNotContain("Femke");
        assertThat(cache.size()).isEqualTo(1);
    }

    private String page(String path) throws Exception {
        return mvc.perform(get(path))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
