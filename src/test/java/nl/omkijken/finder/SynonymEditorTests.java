package nl.omkijken.finder;

import static nl.omkijken.finder.SynonymPages.PAGE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import nl.omkijken.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Editors keep the search words: the search follows every change at once, and the page says who changed what when.
 * Who may reach the pages at all is in {@link FinderEndpointMatrixTests}.
 */
@IntegrationTest
class SynonymEditorTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    SynonymPages editor;

    @BeforeEach
    void signInAsEditor() throws Exception {
        editor = new SynonymPages(mvc, jdbc, "redactie@omkijken.test");
    }

    @ParameterizedTest
    @ValueSource(strings = {"redactie@omkijken.test", "beheer@omkijken.test"})
    void editorsAndAdministratorsFindThePageAndKeepTheList(String email) throws Exception {
        var person = new SynonymPages(mvc, jdbc, email);
        var word = SynonymPages.unique();

        var start = person.read(email.startsWith("redactie") ? "/redactie" : "/");
        assertThat(start).contains("href=\"/redactie/zoekwoorden\"");
        assertThat(person.read(PAGE)).contains("geldzorgen", "schulden, budget, formulieren, geld");
        assertThat(person.add(word, "koffie")).isNotNull();
        assertThat(person.read(PAGE)).contains(email + " heeft ‘" + word + "’ toegevoegd. Vindt ook: koffie.");
    }

    @Test
    void aNewWordFindsTheOfferAtOnceAndTheListSaysWhoAddedIt() throws Exception {
        var word = SynonymPages.unique();
        assertThat(editor.search(word)).contains("We hebben niets gevonden").doesNotContain("Stadswandeling");

        editor.send(PAGE, "  " + word.toUpperCase() + " ", "stadswandeling, Stadswandeling,,  ")
                .andExpect(redirectedUrl(PAGE));

        var id = editor.idOf(word);
        assertThat(editor.search(word)).contains("Stadswandeling met een verhaal");
        assertThat(jdbc.queryForObject("select alternatives from search_synonym where id = ?", String.class, id))
                .isEqualTo("stadswandeling");
        assertThat(editor.read(PAGE))
                .contains("Het zoekwoord ‘" + word.toUpperCase() + "’ is toegevoegd.")
                .contains("redactie@omkijken.test heeft ‘" + word.toUpperCase() + "’ toegevoegd.")
                .containsPattern("<a[^>]*href=\"/redactie/zoekwoorden/" + id + "\">" + word.toUpperCase()
                        + "</a>\\s*</th>\\s*<td[^>]*>stadswandeling</td>");
        assertThat(editor.read(PAGE + "/" + id))
                .containsPattern("\\d+ \\S+ \\d{4} \\d\\d:\\d\\d, door redactie@omkijken.test");
    }

    @Test
    void aChangedWordFindsItsNewAlternativesAtOnceAndNotItsOldOnes() throws Exception {
        var word = SynonymPages.unique();
        var id = editor.add(word, "stadswandeling");
        // A resident's search that found something may be kept as a rendered page; the change must not wait for it.
        assertThat(editor.search(word)).contains("Stadswandeling met een verhaal");

        editor.send(PAGE + "/" + id, word, "taalhuis").andExpect(redirectedUrl(PAGE));

        assertThat(editor.search(word))
                .contains("Taalhuis spreekuur: beter lezen en schrijven")
                .doesNotContain("Stadswandeling met een verhaal");
        assertThat(editor.read(PAGE)).contains("heeft ‘" + word + "’ gewijzigd. Vindt nu ook: taalhuis.");
    }

    @Test
    void aDeletedWordNoLongerLeadsAnywhereAndTheHistoryKeepsWhatItWas() throws Exception {
        var word = SynonymPages.unique();
        var id = editor.add(word, "stadswandeling");
        assertThat(editor.search(word)).contains("Stadswandeling met een verhaal");

        editor.delete(id).andExpect(redirectedUrl(PAGE));

        assertThat(editor.idOf(word)).isNull();
        assertThat(editor.search(word)).contains("We hebben niets gevonden");
        assertThat(editor.read(PAGE))
                .contains("Het zoekwoord ‘" + word + "’ is verwijderd.")
                .contains("redactie@omkijken.test heeft ‘" + word + "’ verwijderd. Vond ook: stadswandeling.");
    }

    @Test
    void aWordThatIsNotThereIsNotFound() throws Exception {
        var missing = UUID.randomUUID();

        editor.visit(PAGE + "/" + missing).andExpect(status().isNotFound());
        editor.send(PAGE + "/" + missing, SynonymPages.unique(), "koffie").andExpect(status().isNotFound());
        editor.delete(missing).andExpect(status().isNotFound());
    }

    @Test
    void aWordFromTheSearchesThatFoundNothingStartsTheForm() throws Exception {
        assertThat(editor.read(PAGE + "?woord=wandelmaatje"))
                .containsPattern("<input[^>]*id=\"word\"[^>]*value=\"wandelmaatje\"");
    }
}
