package nl.omkijken.finder;

import static nl.omkijken.finder.SynonymPages.PAGE;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import nl.omkijken.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** What an editor may not save as a search word, said in plain Dutch beside the field; nothing is half-saved. */
@IntegrationTest
class SynonymValidationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    SynonymPages editor;

    @BeforeEach
    void signInAsEditor() throws Exception {
        editor = new SynonymPages(mvc, jdbc, "redactie@omkijken.test");
    }

    @ParameterizedTest(name = "[{index}] {0} / {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
                ""           | schulden         | word         | Vul een zoekwoord in.
                geld zorgen  | schulden         | word         | Een zoekwoord is één woord, zonder spatie. Zet de andere woorden bij ‘Woorden in het aanbod’.
                LONG         | schulden         | word         | Een zoekwoord heeft hoogstens 40 tekens.
                geld!        | schulden         | word         | Gebruik alleen letters, cijfers, een streepje (-) of een apostrof (').
                <b>geld</b>  | schulden         | word         | Gebruik alleen letters, cijfers, een streepje (-) of een apostrof (').
                GELDZÓRGEN   | schulden         | word         | Dit zoekwoord staat al in de lijst. Kies het in de lijst om het te wijzigen.
                NEW          | ""               | alternatives | Vul minstens één woord in dat in het aanbod staat.
                NEW          | " , ,"           | alternatives | Vul minstens één woord in dat in het aanbod staat.
                NEW          | TWENTYONE        | alternatives | Gebruik hoogstens 20 woorden.
                NEW          | TOOLONG          | alternatives | Een woord heeft hoogstens 60 tekens. Zet een komma tussen de woorden.
                NEW          | schulden; budget | alternatives | Gebruik alleen letters, cijfers, spaties, een streepje (-) of een apostrof ('). Zet een komma tussen de woorden.
                """)
    void whatIsNotRightIsSaidBesideTheFieldAndNothingIsSaved(
            String word, String alternatives, String field, String message) throws Exception {
        var typed = switch (word) {
            case "NEW" -> SynonymPages.unique();
            case "LONG" -> "a".repeat(41);
            default -> word;
        };
        var list = switch (alternatives) {
            case "TWENTYONE" ->
                String.join(
                        ",", IntStream.range(0, 21).mapToObj(i -> "woord" + i).toList());
            case "TOOLONG" -> "schulden, " + "a".repeat(61);
            default -> alternatives;
        };
        var synonyms = count("search_synonym");
        var changes = count("search_synonym_change");

        var page = editor.refused(PAGE, typed, list);

        assertThat(SynonymPages.errorBeside(page, field)).isEqualTo(message);
        assertThat(page).containsPattern("<input[^>]*id=\"" + field + "\"[^>]*aria-invalid=\"true\"");
        assertThat(count("search_synonym")).isEqualTo(synonyms);
        assertThat(count("search_synonym_change")).isEqualTo(changes);
    }

    @Test
    void aWordMayChangeItsCaseButNotBecomeAnotherWordInTheList() throws Exception {
        var word = SynonymPages.unique();
        var id = editor.add(word, "stadswandeling");

        var refused = editor.refused(PAGE + "/" + id, "Geldzorgen", "schulden");
        assertThat(SynonymPages.errorBeside(refused, "word"))
                .isEqualTo("Dit zoekwoord staat al in de lijst. Kies het in de lijst om het te wijzigen.");
        assertThat(term(id)).isEqualTo(word);

        editor.send(PAGE + "/" + id, word.toUpperCase(), "stadswandeling");
        assertThat(term(id)).isEqualTo(word.toUpperCase());
    }

    @Test
    void aChangeWithoutAlternativesIsRefusedAndTheWordStaysAsItWas() throws Exception {
        var word = SynonymPages.unique();
        var id = editor.add(word, "stadswandeling, koffie");

        assertThat(editor.read(PAGE + "/" + id)).contains("value=\"" + word + "\"", "value=\"stadswandeling, koffie\"");
        var refused = editor.refused(PAGE + "/" + id, word, "");

        assertThat(SynonymPages.errorBeside(refused, "alternatives"))
                .isEqualTo("Vul minstens één woord in dat in het aanbod staat.");
        assertThat(jdbc.queryForObject("select alternatives from search_synonym where id = ?", String.class, id))
                .isEqualTo("stadswandeling,koffie");
    }

    private String term(java.util.UUID id) {
        return jdbc.queryForObject("select term from search_synonym where id = ?", String.class, id);
    }

    private int count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Integer.class);
    }
}
