package nl.omkijken.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.omkijken.IntegrationTest;
import nl.omkijken.SignInSessions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Who reaches which catalog page: every demo role against the provider portal of Travers, its locations, and the
 * editors' pages. Staff reach only the providers they work for.
 */
@IntegrationTest
class CatalogAuthorizationTests {

    private static final Set<String> EDITOR_PAGES =
            Set.of("/redactie", "/redactie/actualiteit", "/redactie/taxonomie", "/redactie/dubbel");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "inwoner@omkijken.test, false, false",
        "vrijwilliger@omkijken.test, false, false",
        "aanbieder@omkijken.test, true, false",
        "aanbiederbeheer@omkijken.test, true, false",
        "redactie@omkijken.test, true, true",
        "coordinator@omkijken.test, false, false",
        "wijkteam@omkijken.test, false, false",
        "beleid@omkijken.test, false, false",
        "beheer@omkijken.test, false, false"
    })
    void eachRoleReachesOnlyItsOwnCatalogPages(String email, boolean traversPortal, boolean editorPages)
            throws Exception {
        var travers = provider("Travers Welzijn");
        var session = SignInSessions.signInAsDemo(mvc, email);
        var portalPages = List.of(
                "/aanbieder/" + travers,
                "/aanbieder/" + travers + "/aanbod/nieuw",
                "/aanbieder/" + travers + "/locaties",
                "/aanbieder/" + travers + "/locaties/nieuw");

        for (var page : portalPages) {
            var status = mvc.perform(get(page).session(session))
                    .andReturn()
                    .getResponse()
                    .getStatus();
            assertThat(status).as(email + " on " + page).isEqualTo(traversPortal ? 200 : 403);
        }
        for (var page : EDITOR_PAGES) {
            var status = mvc.perform(get(page).session(session))
                    .andReturn()
                    .getResponse()
                    .getStatus();
            assertThat(status).as(email + " on " + page).isEqualTo(editorPages ? 200 : 403);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"aanbieder@omkijken.test", "coordinator@omkijken.test"})
    void staffNeverReachAProviderTheyDoNotWorkFor(String email) throws Exception {
        var samenOuderen = provider("SamenOuderen Zwolle");
        var travers = provider("Travers Welzijn");
        var session = SignInSessions.signInAsDemo(mvc, email);
        var page = email.startsWith("aanbieder") ? "/aanbieder/" + samenOuderen : "/aanbieder/" + travers;

        assertThat(mvc.perform(get(page).session(session))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
    }

    private UUID provider(String name) {
        return CatalogFixtures.provider(jdbc, name);
    }
}
