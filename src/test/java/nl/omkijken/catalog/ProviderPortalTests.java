package nl.omkijken.catalog;

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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@IntegrationTest
class ProviderPortalTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    OfferingRepository offerings;

    @Autowired
    OfferingChangeRepository history;

    UUID travers;
    UUID wijz;

    @BeforeEach
    void providersExist() {
        travers = provider("Travers Welzijn");
        wijz = provider("WijZ Welzijn");
    }

    @Test
    void staffCreateADraftWhichTheEditorsHaveNotSeenYet() throws Exception {
        var staff = SignInSessions.signInAsDemo(mvc, "aanbieder@omkijken.test");

        var location = mvc.perform(valid(post("/aanbieder/" + travers + "/aanbod/nieuw"), "Koffie-inloop De Pierik")
                        .session(staff))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();

        var id = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
        var offering = offerings.findById(id).orElseThrow();
        assertThat(offering.reviewState()).isEqualTo(ReviewState.DRAFT);
        assertThat(offering.providerId()).isEqualTo(travers);
        assertThat(history.findByOfferingIdOrderByChangedAtDesc(id)).isNotEmpty();
    }

    @Test
    void anIncompleteFormComesBackWithDutchMessagesAndSavesNothing() throws Exception {
        var staff = SignInSessions.signInAsDemo(mvc, "aanbieder@omkijken.test");
        var before = offerings.count();

        var page = mvc.perform(post("/aanbieder/" + travers + "/aanbod/nieuw")
                        .with(csrf())
                        .session(staff)
                        .param("title", "")
                        .param("summary", "x".repeat(301))
                        .param("free", "false")
                        .param("minAge", "70")
                        .param("maxAge", "12"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(page)
                .contains("Vul dit veld in.")
                .contains("Gebruik niet meer dan 300 tekens.")
                .contains("Vul een prijs in, of kies Gratis.")
                .contains("De leeftijd tot en met moet hoger zijn dan de leeftijd vanaf.")
                .contains("Kies er minstens een.")
                .contains("Maak een keuze.");
        assertThat(offerings.count()).isEqualTo(before);
    }

    @Test
    void staffOfOneProviderCannotSeeOrChangeAnothersOffer() throws Exception {
        var traversStaff = SignInSessions.signInAsDemo(mvc, "aanbieder@omkijken.test");
        var wijzOffering = createAs(SignInSessions.signInAsDemo(mvc, "aanbiederbeheer@omkijken.test"), wijz);

        mvc.perform(get("/aanbieder/" + wijz).session(traversStaff)).andExpect(status().isForbidden());
        mvc.perform(get("/aanbieder/" + wijz + "/aanbod/" + wijzOffering).session(traversStaff))
                .andExpect(status().isForbidden());
        mvc.perform(valid(post("/aanbieder/" + travers + "/aanbod/" + wijzOffering), "Overgenomen")
                        .session(traversStaff))
                .andExpect(status().isForbidden());
        assertThat(offerings.findById(wijzOffering).orElseThrow().title()).isEqualTo("Taalcafé");
    }

    @Test
    void residentsAndVolunteersHaveNoPortal() throws Exception {
        for (var email : new String[] {"inwoner@omkijken.test", "vrijwilliger@omkijken.test"}) {
            mvc.perform(get("/aanbieder").session(SignInSessions.signInAsDemo(mvc, email)))
                    .andExpect(status().isForbidden());
        }
    }

    @Test
    void submittingThenPausingIsRecordedInTheHistory() throws Exception {
        var staff = SignInSessions.signInAsDemo(mvc, "aanbieder@omkijken.test");
        var id = createAs(staff, travers);

        mvc.perform(post("/aanbieder/" + travers + "/aanbod/" + id + "/indienen")
                        .with(csrf())
                        .session(staff))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/aanbieder/" + travers + "/aanbod/" + id + "/zomerstop")
                        .with(csrf())
                        .session(staff))
                .andExpect(status().is3xxRedirection());

        var offering = offerings.findById(id).orElseThrow();
        assertThat(offering.reviewState()).isEqualTo(ReviewState.SUBMITTED);
        assertThat(offering.status()).isEqualTo(OfferingStatus.TEMPORARILY_CLOSED);
        assertThat(history.findByOfferingIdOrderByChangedAtDesc(id))
                .extracting(OfferingChange::field)
                .contains("reviewState", "status", "created");
    }

    @Test
    void aSecondSaveWithAnOldVersionIsRefusedAndOverwritesNothing() throws Exception {
        var staff = SignInSessions.signInAsDemo(mvc, "aanbieder@omkijken.test");
        var id = createAs(staff, travers);
        var version = offerings.findById(id).orElseThrow().version();

        mvc.perform(valid(post("/aanbieder/" + travers + "/aanbod/" + id), "Eerste wijziging")
                        .param("version", String.valueOf(version))
                        .session(staff))
                .andExpect(status().is3xxRedirection());
        var page = mvc.perform(valid(post("/aanbieder/" + travers + "/aanbod/" + id), "Tweede wijziging")
                        .param("version", String.valueOf(version))
                        .session(staff))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(page).contains("Iemand anders heeft dit aanbod net gewijzigd.");
        assertThat(offerings.findById(id).orElseThrow().title()).isEqualTo("Eerste wijziging");
    }

    private UUID createAs(MockHttpSession session, UUID provider) throws Exception {
        var location = mvc.perform(valid(post("/aanbieder/" + provider + "/aanbod/nieuw"), "Taalcafé")
                        .session(session))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
    }

    private MockHttpServletRequestBuilder valid(MockHttpServletRequestBuilder request, String title) {
        return request.with(csrf())
                .param("title", title)
                .param("summary", "Elke week samen praten in eenvoudig Nederlands.")
                .param("kind", "ACTIVITY")
                .param("themeIds", term("THEME", "taal"))
                .param("targetGroupIds", term("TARGET_GROUP", "nieuwkomers"))
                .param("ambitions", "EQUAL_OPPORTUNITIES")
                .param("languages", "nl")
                .param("free", "true")
                .param("howToJoin", "WALK_IN");
    }

    private String term(String vocabulary, String code) {
        return jdbc.queryForObject(
                "select id::text from taxonomy_term where vocabulary = ? and code = ?", String.class, vocabulary, code);
    }

    /** The demo organisation's provider profile, made here when the demo data has not made it. */
    private UUID provider(String name) {
        return CatalogFixtures.provider(jdbc, name);
    }
}
