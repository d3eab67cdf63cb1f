package nl.omkijken.help.buddy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Pattern;
import nl.omkijken.IntegrationTest;
import nl.omkijken.SignInSessions;
import nl.omkijken.help.HelpMatched;
import nl.omkijken.help.MatchKind;
import nl.omkijken.identity.PersonalDataViewed;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A coordinator takes intakes of both sides, sees the volunteers who fit a resident best with the reasons, asks for
 * the best pairing of the whole waiting list, and confirms matches; another initiative's coordinator sees none of it.
 */
@IntegrationTest
@RecordApplicationEvents
class BuddyMatchingTests {

    private static final Pattern INTAKE = Pattern.compile("/coordinator/intake/([0-9a-f-]{36})");

    /** The buurten Pierik (Assendorp) and Stadshagen's Frankhuis, far apart. */
    private static final String PIERIK = "BU01931340";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationEvents events;

    MockHttpSession coordinator;

    @BeforeEach
    void aCoordinatorOfANewInitiative() throws Exception {
        coordinator = SignInSessions.signInAsDemo(mvc, BuddyFixtures.coordinatorOfNewInitiative(jdbc));
    }

    @Test
    void aResidentGetsTheVolunteersWhoFitBestWithTheReasons() throws Exception {
        var fatima = take("inwoner", "Fatima", "ar", "TUESDAY_MORNING", "WALKING", "fatima@example.org");
        var amira = take("vrijwilliger", "Amira", "ar", "TUESDAY_MORNING", "WALKING", "amira@example.org");
        var kees = take("vrijwilliger", "Kees", "nl", "TUESDAY_MORNING", "WALKING", null);

        var page = page(get("/coordinator/intake/" + fatima).session(coordinator));
        assertThat(page)
                .contains(
                        "Amira",
                        "spreken allebei Arabisch",
                        "allebei vrij op dinsdagochtend",
                        "willen allebei graag wandelen",
                        "Fatima en Amira koppelen");
        assertThat(page).doesNotContain("Kees"); // no shared language
        assertThat(events.stream(PersonalDataViewed.class))
                .anyMatch(e -> e.subjectId().equals(fatima) && e.subjectType().equals("buddy-intake"));

        var confirmed = mvc.perform(post("/coordinator/intake/" + fatima + "/koppelen")
                        .with(csrf())
                        .session(coordinator)
                        .param("vrijwilliger", amira.toString()))
                .andReturn()
                .getResponse();
        assertThat(confirmed.getRedirectedUrl()).isEqualTo("/coordinator/intake/" + fatima);
        assertThat(status(fatima)).isEqualTo("MATCHED");
        assertThat(status(amira)).isEqualTo("MATCHED");
        assertThat(status(kees)).isEqualTo("WAITING");
        assertThat(events.stream(HelpMatched.class)).anySatisfy(m -> {
            assertThat(m.kind()).isEqualTo(MatchKind.BUDDY);
            assertThat(m.districtCode()).isEqualTo("WK019313");
            assertThat(m.people())
                    .extracting(HelpMatched.MatchedPerson::email)
                    .containsExactly("fatima@example.org", "amira@example.org");
        });
        assertThat(jdbc.queryForObject(
                        "select count(*) from help_outcome_question where email in (?, ?)",
                        Integer.class,
                        "fatima@example.org",
                        "amira@example.org"))
                .isEqualTo(2);
        assertThat(page(get("/coordinator").session(coordinator))).contains("Fatima en Amira");

        var again = mvc.perform(post("/coordinator/intake/" + fatima + "/koppelen")
                        .with(csrf())
                        .session(coordinator)
                        .param("vrijwilliger", kees.toString()))
                .andReturn();
        assertThat(again.getFlashMap().get("problem")).isEqualTo("help.buddy.match.notWaiting");
        assertThat(status(kees)).isEqualTo("WAITING");
    }

    @Test
    void theBestPairingOfTheWaitingListIsOptimalNotGreedy() throws Exception {
        // Anna fits both volunteers, Bram best; Bea fits only Bram. Greedy gives Bram to Anna and leaves Bea alone.
        take("inwoner", "Anna", "nl", "MONDAY_MORNING,TUESDAY_MORNING", "WALKING,GAMES", null);
        take("inwoner", "Bea", "nl", "TUESDAY_MORNING", "COOKING", null);
        take("vrijwilliger", "Bram", "nl", "MONDAY_MORNING,TUESDAY_MORNING", "WALKING,GAMES", null);
        take("vrijwilliger", "Carla", "nl", "MONDAY_MORNING", "READING", null);

        var page = page(get("/coordinator/wachtlijst").session(coordinator));
        assertThat(page).contains("Anna en Carla", "Bea en Bram").doesNotContain("Anna en Bram");
    }

    @Test
    void anIntakeWithoutConsentLanguageOrTimeIsRefusedBesideTheFields() throws Exception {
        var before = jdbc.queryForObject("select count(*) from help_buddy_intake", Integer.class);
        var refused = page(post("/coordinator/intake/nieuw")
                .with(csrf())
                .session(coordinator)
                .param("kant", "inwoner")
                .param("firstName", "")
                .param("neighbourhood", "")
                .param("travelModes", "BIKE")
                .param("maxDistanceKm", "0"));
        assertThat(refused)
                .contains(
                        "Vul de voornaam in.",
                        "Kies de buurt.",
                        "Kies minstens één taal.",
                        "Kies minstens één dagdeel.",
                        "Vul een afstand in van 1 tot 50 kilometer.",
                        "Vraag eerst toestemming.");
        var badBuurt = page(intake("inwoner", "Fatima", "ar", "TUESDAY_MORNING", "WALKING", null)
                .param("neighbourhood", "BU99999999"));
        assertThat(badBuurt).contains("Deze buurt kennen we niet.");
        var tampered = mvc.perform(intake("inwoner", "Fatima", "ar", "TUESDAY_MORNING", "FLYING", null))
                .andReturn()
                .getResponse();
        assertThat(tampered.getStatus()).isEqualTo(400);
        assertThat(jdbc.queryForObject("select count(*) from help_buddy_intake", Integer.class))
                .isEqualTo(before);
    }

    @Test
    void anotherInitiativesCoordinatorFindsNothing() throws Exception {
        var fatima = take("inwoner", "Fatima", "ar", "TUESDAY_MORNING", "WALKING", null);
        var other = SignInSessions.signInAsDemo(mvc, BuddyFixtures.coordinatorOfNewInitiative(jdbc));
        assertThat(mvc.perform(get("/coordinator/intake/" + fatima).session(other))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        assertThat(mvc.perform(post("/coordinator/intake/" + fatima + "/sluiten")
                                .with(csrf())
                                .session(other))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        assertThat(page(get("/coordinator").session(other))).doesNotContain("Fatima");
        assertThat(status(fatima)).isEqualTo("WAITING");
    }

    @Test
    void aClosedIntakeIsAnonymisedAfterTheKeepingPeriod(@Autowired BuddyRetention retention) throws Exception {
        var fatima = take("inwoner", "Fatima", "ar", "TUESDAY_MORNING", "WALKING", "fatima@example.org");
        mvc.perform(
                post("/coordinator/intake/" + fatima + "/sluiten").with(csrf()).session(coordinator));
        assertThat(status(fatima)).isEqualTo("CLOSED");
        jdbc.update("update help_buddy_intake set closed_at = now() - interval '366 days' where id = ?", fatima);
        assertThat(retention.anonymise()).isGreaterThanOrEqualTo(1);
        var row = jdbc.queryForMap(
                "select first_name, email, neighbourhood_code, district_code from help_buddy_intake" + " where id = ?",
                fatima);
        assertThat(row.get("first_name")).isEqualTo("");
        assertThat(row.get("email")).isNull();
        assertThat(row.get("neighbourhood_code")).isNull();
        assertThat(row.get("district_code")).isEqualTo("WK019313");
    }

    private UUID take(String side, String name, String languages, String slots, String interests, String email)
            throws Exception {
        var response = mvc.perform(intake(side, name, languages, slots, interests, email))
                .andReturn()
                .getResponse();
        assertThat(response.getRedirectedUrl()).as(page(response)).isNotNull();
        var matcher = INTAKE.matcher(response.getRedirectedUrl());
        assertThat(matcher.find()).isTrue();
        return UUID.fromString(matcher.group(1));
    }

    private MockHttpServletRequestBuilder intake(
            String side, String name, String languages, String slots, String interests, String email) {
        var request = post("/coordinator/intake/nieuw")
                .with(csrf())
                .session(coordinator)
                .param("kant", side)
                .param("firstName", name)
                .param("neighbourhood", PIERIK)
                .param("travelModes", "FOOT")
                .param("maxDistanceKm", "3")
                .param("consent", "true");
        for (var language : languages.split(",")) {
            request.param("languages", language);
        }
        for (var slot : slots.split(",")) {
            request.param("slots", slot);
        }
        for (var interest : interests.split(",")) {
            request.param("interests", interest);
        }
        if (email != null) {
            request.param("email", email);
        }
        return request;
    }

    private String status(UUID intake) {
        return jdbc.queryForObject("select status from help_buddy_intake where id = ?", String.class, intake);
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return page(mvc.perform(request).andReturn().getResponse());
    }

    private static String page(MockHttpServletResponse response) throws Exception {
        return response.getContentAsString(StandardCharsets.UTF_8);
    }
}
