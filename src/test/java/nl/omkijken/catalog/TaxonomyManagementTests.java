package nl.omkijken.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;
import nl.omkijken.IntegrationTest;
import nl.omkijken.SignInSessions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class TaxonomyManagementTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Taxonomy taxonomy;

    @Test
    void anEditorAddsATermWhoseCodeCanNeverBeTakenAgain() throws Exception {
        var editor = SignInSessions.signInAsDemo(mvc, "redactie@omkijken.test");
        var code = "samen-sporten-" + UUID.randomUUID().toString().substring(0, 8);

        mvc.perform(post("/redactie/taxonomie")
                .with(csrf())
                .session(editor)
                .param("vocabulary", "THEME")
                .param("code", code)
                .param("labelNl", "Samen sporten")
                .param("labelEn", "Sport together"));
        var again = mvc.perform(post("/redactie/taxonomie")
                        .with(csrf())
                        .session(editor)
                        .param("vocabulary", "THEME")
                        .param("code", code)
                        .param("labelNl", "Iets anders")
                        .param("labelEn", "Something else"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(taxonomy.options(Vocabulary.THEME, Locale.ENGLISH))
                .filteredOn(o -> o.code().equals(code))
                .singleElement()
                .satisfies(o -> assertThat(o.label()).isEqualTo("Sport together"));
        assertThat(again).contains("Deze code bestaat al in deze lijst.");
    }

    @Test
    void aRetiredTermIsNoLongerOfferedButARestoredOneIs() throws Exception {
        var editor = SignInSessions.signInAsDemo(mvc, "redactie@omkijken.test");
        var term = taxonomy.rows().stream()
                .filter(t -> t.code().equals("mantelzorg"))
                .findFirst()
                .orElseThrow();

        mvc.perform(post("/redactie/taxonomie/" + term.id() + "/intrekken")
                .with(csrf())
                .session(editor));
        assertThat(taxonomy.options(Vocabulary.THEME, Locale.ROOT))
                .extracting(TermOption::code)
                .doesNotContain("mantelzorg");

        mvc.perform(post("/redactie/taxonomie/" + term.id() + "/terugzetten")
                .with(csrf())
                .session(editor));
        assertThat(taxonomy.options(Vocabulary.THEME, Locale.ROOT))
                .extracting(TermOption::code)
                .contains("mantelzorg");
    }

    @Test
    void aCodeMustBeLowerCaseWordsWithHyphens() throws Exception {
        var editor = SignInSessions.signInAsDemo(mvc, "redactie@omkijken.test");

        var page = mvc.perform(post("/redactie/taxonomie")
                        .with(csrf())
                        .session(editor)
                        .param("vocabulary", "TARGET_GROUP")
                        .param("code", "Grote Letters!")
                        .param("labelNl", "X")
                        .param("labelEn", "X"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(page).contains("Gebruik alleen kleine letters, cijfers en streepjes");
        assertThat(taxonomy.rows()).noneMatch(t -> t.code().equals("Grote Letters!"));
    }
}
