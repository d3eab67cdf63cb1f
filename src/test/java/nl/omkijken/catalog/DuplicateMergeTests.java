package nl.omkijken.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import nl.omkijken.IntegrationTest;
import nl.omkijken.SignInSessions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class DuplicateMergeTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    OfferingRepository offerings;

    @Autowired
    OfferingChangeRepository history;

    @Test
    void anEditorMergesTheSameOfferingEnteredTwiceAndNothingIsDeleted() throws Exception {
        var suffix = UUID.randomUUID().toString().substring(0, 8);
        var keep = offering(
                "Travers Welzijn", "Repaircafé " + suffix, Instant.now().minusSeconds(60));
        var duplicate = offering("WijZ Welzijn", "repaircafé  " + suffix + "!", Instant.now());
        var editor = SignInSessions.signInAsDemo(mvc, "redactie@omkijken.test");

        var page = mvc.perform(get("/redactie/dubbel").session(editor))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("/redactie/dubbel/" + keep.id() + "/" + duplicate.id());

        mvc.perform(post("/redactie/dubbel/" + keep.id() + "/" + duplicate.id())
                        .with(csrf())
                        .session(editor))
                .andExpect(status().is3xxRedirection());

        assertThat(offerings.findById(duplicate.id()).orElseThrow().reviewState())
                .isEqualTo(ReviewState.WITHDRAWN);
        assertThat(offerings.findById(keep.id()).orElseThrow().reviewState()).isEqualTo(ReviewState.PUBLISHED);
        assertThat(history.findByOfferingIdOrderByChangedAtDesc(duplicate.id()))
                .extracting(OfferingChange::field)
                .contains("mergedInto");
        assertThat(history.findByOfferingIdOrderByChangedAtDesc(keep.id()))
                .extracting(OfferingChange::field)
                .contains("mergedFrom");
        assertThat(mvc.perform(get("/redactie/dubbel").session(editor))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8))
                .doesNotContain(duplicate.id().toString());
    }

    @Test
    void onlyEditorsMerge() throws Exception {
        var staff = SignInSessions.signInAsDemo(mvc, "aanbiederbeheer@omkijken.test");
        var a = offering("Travers Welzijn", "Zelfde " + UUID.randomUUID(), Instant.now());

        mvc.perform(post("/redactie/dubbel/" + a.id() + "/" + UUID.randomUUID())
                        .with(csrf())
                        .session(staff))
                .andExpect(status().isForbidden());
    }

    private Offering offering(String providerName, String title, Instant created) {
        var provider = CatalogFixtures.provider(jdbc, providerName);
        var offering = Offering.draft("GM0193", provider, CatalogFixtures.activity(title), created);
        offering.submit();
        offering.approve(created, LocalDate.now());
        return offerings.save(offering);
    }
}
