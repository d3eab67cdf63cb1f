package nl.omkijken.catalog.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.UUID;
import nl.omkijken.IntegrationTest;
import nl.omkijken.SignInSessions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@IntegrationTest
class OfferingTransferTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    UUID travers;
    UUID wijz;
    MockHttpSession staff;

    @BeforeEach
    void signedInAsTraversStaff() throws Exception {
        travers = provider("Travers Welzijn");
        wijz = provider("WijZ Welzijn");
        staff = SignInSessions.signInAsDemo(mvc, "aanbieder@omkijken.test");
    }

    @Test
    void aDryRunOfAGoodFileCountsTheRowsAndWritesNothing() throws Exception {
        var before = offeringsOf(travers);

        var page = upload(travers, ImportFiles.file(ImportFiles.goodRows(5)), "dryRun")
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(page).contains("5 rijen zijn goed.");
        assertThat(offeringsOf(travers)).isEqualTo(before);
    }

    @Test
    void committingAGoodFileCreatesEveryRowAsADraftWithHistory() throws Exception {
        var marker = UUID.randomUUID().toString().substring(0, 8);
        var rows = ImportFiles.goodRows(4).stream()
                .map(r -> r.replace("Taalcafé", marker))
                .toList();

        upload(travers, ImportFiles.file(rows), "commit").andExpect(status().is3xxRedirection());

        assertThat(jdbc.queryForList(
                        "select review_state from offering where provider_id = ? and title like ?",
                        String.class,
                        travers,
                        marker + "%"))
                .containsExactly("DRAFT", "DRAFT", "DRAFT", "DRAFT");
        assertThat(jdbc.queryForObject(
                        "select count(*) from offering_change c join offering o on o.id = c.offering_id"
                                + " where o.title like ? and c.field = 'created'",
                        Integer.class,
                        marker + "%"))
                .isEqualTo(4);
    }

    @Test
    void reportsEveryProblemByRowAndColumnInDutchAndWritesNothingEvenOnCommit() throws Exception {
        var rows = new ArrayList<>(ImportFiles.goodRows(8));
        rows.set(1, rows.get(1).replace("ACTIVITY", "PICKNICK").replace("taal|ontmoeten", "taal|zwemmen"));
        rows.set(5, rows.get(5).replace(";ja;;", ";nee;abc;").replace(";16;;", ";70;12;"));
        var before = offeringsOf(travers);

        var page = upload(travers, ImportFiles.file(rows), "commit")
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(page)
                .contains("Het bestand heeft 8 rijen. Daarin staan 4 fouten. Er is niets ingelezen.")
                .contains("PICKNICK kennen we niet.")
                .contains("De code zwemmen kennen we niet.")
                .contains("Vul een bedrag in zoals 2,50.")
                .contains("De leeftijd tot en met moet hoger zijn dan de leeftijd vanaf.");
        assertThat(page.replaceAll("\\s+", " "))
                .contains(">3</td> <td class=\"utrecht-table__cell\">soort</td>")
                .contains(">3</td> <td class=\"utrecht-table__cell\">themas</td>")
                .contains(">7</td> <td class=\"utrecht-table__cell\">prijs</td>")
                .contains(">7</td> <td class=\"utrecht-table__cell\">leeftijd_tot</td>")
                .doesNotContain(">5</td>");
        assertThat(offeringsOf(travers)).isEqualTo(before);
    }

    @Test
    void anExportImportsAgainWithoutProblems() throws Exception {
        upload(travers, ImportFiles.file(ImportFiles.goodRows(3)), "commit").andExpect(status().is3xxRedirection());

        var export = mvc.perform(get("/aanbieder/" + travers + "/export.csv").session(staff))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        var text = new String(export, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFtitel;samenvatting;");

        var page =
                upload(travers, export, "dryRun").andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains(offeringsOf(travers) + " rijen zijn goed.");
    }

    @Test
    void staffOfAnotherProviderAreRefused() throws Exception {
        var before = offeringsOf(wijz);

        upload(wijz, ImportFiles.file(ImportFiles.goodRows(1)), "commit").andExpect(status().isForbidden());
        mvc.perform(get("/aanbieder/" + wijz + "/import").session(staff)).andExpect(status().isForbidden());
        mvc.perform(get("/aanbieder/" + wijz + "/export.csv").session(staff)).andExpect(status().isForbidden());
        assertThat(offeringsOf(wijz)).isEqualTo(before);
    }

    @Test
    void refusesAFileOfMoreThanTenThousandRowsOrFiveMegabytesOrThatIsNotText() throws Exception {
        var before = offeringsOf(travers);

        assertThat(upload(travers, ImportFiles.file(ImportFiles.goodRows(10_001)), "commit")
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8))
                .contains("Dit bestand heeft te veel rijen. Een bestand mag hoogstens 10.000 rijen hebben.");
        assertThat(upload(travers, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0}, "dryRun")
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8))
                .contains("Dit bestand kunnen we niet lezen.");
        assertThat(upload(travers, new byte[(int) OfferingCsv.MAX_BYTES + 1], "dryRun")
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8))
                .contains("Dit bestand is te groot. Een bestand mag hoogstens 5 MB zijn.");
        assertThat(offeringsOf(travers)).isEqualTo(before);
    }

    @Test
    void theOfferPageLinksToImportAndExport() throws Exception {
        assertThat(mvc.perform(get("/aanbieder/" + travers).session(staff))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8))
                .contains("/aanbieder/" + travers + "/import\"", "/aanbieder/" + travers + "/export.csv\"");
    }

    private ResultActions upload(UUID provider, byte[] content, String action) throws Exception {
        return mvc.perform(multipart("/aanbieder/" + provider + "/import")
                .file(new MockMultipartFile("file", "aanbod.csv", "text/csv", content))
                .param("action", action)
                .with(csrf())
                .session(staff));
    }

    private int offeringsOf(UUID provider) {
        return jdbc.queryForObject("select count(*) from offering where provider_id = ?", Integer.class, provider);
    }

    /** The demo organisation's provider profile, made here when the demo data has not made it. */
    private UUID provider(String name) {
        var id = jdbc.queryForObject("select id from organisation where name = ?", UUID.class, name);
        jdbc.update(
                "insert into provider (id, municipality_code, name, created_at, updated_at)"
                        + " values (?, 'GM0193', ?, now(), now()) on conflict (id) do nothing",
                id,
                name);
        return id;
    }
}
