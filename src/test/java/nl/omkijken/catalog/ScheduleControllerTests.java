package nl.omkijken.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
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
class ScheduleControllerTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ScheduleRepository schedules;

    @Autowired
    OfferingEditing editing;

    MockHttpSession staff;
    String page;
    UUID offeringId;

    @BeforeEach
    void anOffering() throws Exception {
        var provider = CatalogFixtures.provider(jdbc, "Travers Welzijn");
        staff = SignInSessions.signInAsDemo(mvc, "aanbieder@omkijken.test");
        var created = mvc.perform(post("/aanbieder/" + provider + "/aanbod/nieuw")
                        .with(csrf())
                        .session(staff)
                        .param("title", "Koffie-inloop")
                        .param("summary", "Elke week koffie in de buurtkamer.")
                        .param("kind", "MEETING_PLACE")
                        .param("themeIds", term("THEME", "ontmoeten"))
                        .param("targetGroupIds", term("TARGET_GROUP", "iedereen"))
                        .param("ambitions", "MEANINGFUL_CONTACTS")
                        .param("free", "true")
                        .param("howToJoin", "WALK_IN"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        offeringId = UUID.fromString(created.substring(created.lastIndexOf('/') + 1));
        page = "/aanbieder/" + provider + "/aanbod/" + offeringId + "/rooster";
    }

    @Test
    void previewShowsTheNextDatesWithoutSavingAnything() throws Exception {
        var html = body(weeklyOnTuesday(post(page)).param("preview", "1"));

        assertThat(html).contains("Zo komt het te staan").contains("dinsdag").contains("10:00 - 12:00");
        assertThat(schedules.findByOfferingId(offeringId)).isEmpty();
    }

    @Test
    void savingStoresTheRuleAndShowsItInWords() throws Exception {
        mvc.perform(weeklyOnTuesday(post(page))).andExpect(status().is3xxRedirection());

        assertThat(schedules.findByOfferingId(offeringId))
                .singleElement()
                .satisfies(s -> assertThat(s.rrule()).isEqualTo("FREQ=WEEKLY;BYDAY=TU"));
        assertThat(body(get(page))).contains("Elke dinsdag, 10:00 tot 12:00");
    }

    @Test
    void anEndBeforeTheStartIsRefusedBesideTheField() throws Exception {
        var html = body(weeklyOnTuesday(post(page), "endTime", "09:00"));

        assertThat(html).contains("De eindtijd moet later zijn dan de begintijd.");
        assertThat(schedules.findByOfferingId(offeringId)).isEmpty();
    }

    @Test
    void aScheduleThatEndedIsRefused() throws Exception {
        var html = body(weeklyOnTuesday(post(page), "validFrom", "2020-01-01", "validUntil", "2020-06-30"));

        assertThat(html).contains("Dit rooster heeft geen datum meer vanaf vandaag.");
        assertThat(schedules.findByOfferingId(offeringId)).isEmpty();
    }

    @Test
    void aScheduleCanBeForOneOfTheOfferingsLocationsOnly() throws Exception {
        var location = UUID.randomUUID();
        jdbc.update(
                "insert into location (id, municipality_code, provider_id, name, street_address, postcode, city,"
                        + " latitude, longitude, neighbourhood_code, district_code)"
                        + " select ?, 'GM0193', provider_id, 'Buurtkamer De Pierik', 'Grote Markt 1', '8011 NB',"
                        + " 'Zwolle', 52.511441, 6.093831, 'BU01931000', 'WK019310' from offering where id = ?",
                location,
                offeringId);
        jdbc.update("insert into offering_location (offering_id, location_id) values (?, ?)", offeringId, location);

        var refused =
                body(weeklyOnTuesday(post(page), "locationId", UUID.randomUUID().toString()));
        assertThat(refused).contains("Kies een locatie van dit aanbod.");
        assertThat(schedules.findByOfferingId(offeringId)).isEmpty();

        mvc.perform(weeklyOnTuesday(post(page), "locationId", location.toString()))
                .andExpect(status().is3xxRedirection());
        assertThat(schedules.findByOfferingId(offeringId))
                .singleElement()
                .satisfies(s -> assertThat(s.locationId()).isEqualTo(location));
        assertThat(body(get(page))).contains("Elke dinsdag, 10:00 tot 12:00 (Buurtkamer De Pierik)");
    }

    @Test
    void aScheduleIsChangedInPlaceWithItsClosedPeriodsKeptAndTheChangeInTheHistory() throws Exception {
        var summer = LocalDate.now().plusMonths(2);
        mvc.perform(weeklyOnTuesday(
                        post(page),
                        "closedPeriods[0].fromDate",
                        summer.toString(),
                        "closedPeriods[0].untilDate",
                        summer.plusWeeks(3).toString(),
                        "closedPeriods[0].reason",
                        "Zomerstop"))
                .andExpect(status().is3xxRedirection());
        var scheduleId = schedules.findByOfferingId(offeringId).get(0).id();

        var form = body(get(page + "/" + scheduleId));
        assertThat(form)
                .contains("Het rooster wijzigen")
                .contains("value=\"" + summer + "\"")
                .contains("value=\"Zomerstop\"")
                .contains("name=\"closedPeriods[1].fromDate\"");

        mvc.perform(weeklyOnTuesday(
                        post(page + "/" + scheduleId),
                        "weekdays",
                        "THURSDAY",
                        "closedPeriods[0].fromDate",
                        summer.toString(),
                        "closedPeriods[0].untilDate",
                        summer.plusWeeks(3).toString(),
                        "closedPeriods[0].reason",
                        "Zomerstop",
                        "closedPeriods[1].fromDate",
                        "",
                        "closedPeriods[1].untilDate",
                        ""))
                .andExpect(status().is3xxRedirection());

        assertThat(schedules.findByOfferingId(offeringId)).singleElement().satisfies(s -> {
            assertThat(s.id()).isEqualTo(scheduleId);
            assertThat(s.rrule()).isEqualTo("FREQ=WEEKLY;BYDAY=TH");
            assertThat(s.details().closedPeriods())
                    .extracting(ClosedPeriod::reason)
                    .containsExactly("Zomerstop");
        });
        assertThat(jdbc.queryForList(
                        "select new_value from offering_change where offering_id = ? and field = 'schedule'"
                                + " and old_value is not null and new_value is not null",
                        String.class,
                        offeringId))
                .singleElement()
                .asString()
                .startsWith("FREQ=WEEKLY;BYDAY=TH 10:00-12:00")
                .contains("closed " + summer);
    }

    @Test
    void aChangeWithAMistakeKeepsTheOldSchedule() throws Exception {
        mvc.perform(weeklyOnTuesday(post(page))).andExpect(status().is3xxRedirection());
        var scheduleId = schedules.findByOfferingId(offeringId).get(0).id();

        var html = body(weeklyOnTuesday(post(page + "/" + scheduleId), "endTime", "09:00"));

        assertThat(html)
                .contains("De eindtijd moet later zijn dan de begintijd.")
                .contains("Het rooster wijzigen");
        assertThat(schedules.findByOfferingId(offeringId))
                .singleElement()
                .satisfies(s -> assertThat(s.details().endTime()).hasToString("12:00"));
    }

    @Test
    void aScheduleOfAnotherOfferingCannotBeChangedThroughThisOne() throws Exception {
        var other = schedules.findAll().stream()
                .filter(s -> !s.offeringId().equals(offeringId))
                .findFirst()
                .orElseThrow();

        mvc.perform(get(page + "/" + other.id()).session(staff)).andExpect(status().isNotFound());
        mvc.perform(weeklyOnTuesday(post(page + "/" + other.id()))).andExpect(status().isNotFound());
    }

    @Test
    void aTamperedValueIsABadRequestNotAServerError() throws Exception {
        mvc.perform(weeklyOnTuesday(post(page), "pattern", "HOURLY")).andExpect(status().isBadRequest());
    }

    /** A weekly schedule on Tuesday 10:00-12:00 from today, with any field replaced by the given name-value pairs. */
    private MockHttpServletRequestBuilder weeklyOnTuesday(MockHttpServletRequestBuilder request, String... changes) {
        var fields = new LinkedHashMap<String, String>();
        fields.put("pattern", "WEEKLY");
        fields.put("weekdays", "TUESDAY");
        fields.put("startTime", "10:00");
        fields.put("endTime", "12:00");
        fields.put("validFrom", LocalDate.now().toString());
        for (var i = 0; i < changes.length; i += 2) {
            fields.put(changes[i], changes[i + 1]);
        }
        request.with(csrf()).session(staff);
        fields.forEach(request::param);
        return request;
    }

    private String body(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.session(staff)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private String term(String vocabulary, String code) {
        return jdbc.queryForObject(
                "select id::text from taxonomy_term where vocabulary = ? and code = ?", String.class, vocabulary, code);
    }
}
