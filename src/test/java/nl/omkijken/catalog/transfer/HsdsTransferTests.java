package nl.omkijken.catalog.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.UUID;
import nl.omkijken.HsdsSchemas;
import nl.omkijken.IntegrationTest;
import nl.omkijken.SignInSessions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A provider's offer out as Open Referral HSDS 3.0 and back in: the export passes the official schemas, a file of the
 * export's shape imports with its schedules, and a broken file is refused per service and field with nothing written.
 */
@IntegrationTest
class HsdsTransferTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    JsonMapper json;

    UUID travers;
    MockHttpSession staff;

    @BeforeEach
    void signedInAsTraversStaff() throws Exception {
        travers = jdbc.queryForObject("select id from provider where name = 'Travers Welzijn'", UUID.class);
        staff = SignInSessions.signInAsDemo(mvc, "aanbieder@omkijken.test");
    }

    @Test
    void theExportIsValidHsdsWithEveryOfferingItsSchedulesAndPlaces() throws Exception {
        var organization = export();

        var services = organization.get("services");
        assertThat(services.size())
                .isEqualTo(jdbc.queryForObject(
                        "select count(*) from offering where provider_id = ?", Integer.class, travers));
        var errors = new ArrayList<String>();
        for (var service : services) {
            errors.addAll(HsdsSchemas.problems("service.json", service));
        }
        var withoutServices = organization.deepCopy();
        withoutServices.remove("services");
        errors.addAll(HsdsSchemas.problems("organization.json", withoutServices));
        assertThat(errors).isEmpty();

        var withSchedule = first(services, s -> s.has("schedules"));
        assertThat(withSchedule.get("schedules").get(0).get("freq").asString()).isIn("WEEKLY", "MONTHLY");
        assertThat(withSchedule.get("schedules").get(0).get("opens_at").asString())
                .matches("\\d\\d:\\d\\d");
        var atLocation = first(services, s -> s.has("service_at_locations"));
        assertThat(atLocation
                        .at("/service_at_locations/0/location/addresses/0/postal_code")
                        .asString())
                .matches("\\d{4} [A-Z]{2}");
        assertThat(first(services, s -> true).get("attributes").findValuesAsString("taxonomy"))
                .contains("omkijken-soort", "omkijken-ambitie", "omkijken-meedoen");
    }

    @Test
    void servicesFromTheExportImportAsDraftsWithTheirSchedules() throws Exception {
        var marker = "HSDS-" + UUID.randomUUID().toString().substring(0, 8);
        var services = export().get("services");
        var file = json.createObjectNode();
        var chosen = file.putArray("services");
        for (var service : services) {
            if (service.has("schedules") && chosen.size() < 3) {
                var copy = (ObjectNode) service.deepCopy();
                copy.put("name", marker + " " + service.get("name").asString());
                chosen.add(copy);
            }
        }
        assertThat(chosen.size()).isEqualTo(3);
        var bytes = json.writeValueAsBytes(file);

        assertThat(page(upload(bytes, "dryRun"))).contains("3 rijen zijn goed.");
        assertThat(count("select count(*) from offering where title like ?", marker + "%"))
                .isZero();

        mvc.perform(multipartOf(bytes, "commit")).andExpect(status().is3xxRedirection());

        for (var service : chosen) {
            var original = UUID.fromString(service.get("id").asString());
            var imported = jdbc.queryForObject(
                    "select id from offering where title = ? and review_state = 'DRAFT'",
                    UUID.class,
                    service.get("name").asString());
            assertThat(rules(imported)).isEqualTo(rules(original));
            assertThat(jdbc.queryForObject("select kind from offering where id = ?", String.class, imported))
                    .isEqualTo(jdbc.queryForObject("select kind from offering where id = ?", String.class, original));
            assertThat(closedDays(imported)).isEqualTo(closedDays(original));
        }
    }

    @Test
    void aBrokenFileIsRefusedPerServiceAndFieldAndNothingIsWritten() throws Exception {
        var marker = "HSDS-" + UUID.randomUUID().toString().substring(0, 8);
        var otherProvidersLocation =
                jdbc.queryForObject("select id from location where provider_id <> ? limit 1", UUID.class, travers);
        var file =
                """
                {"services": [
                  {"id": "%1$s", "name": "%2$s goed", "status": "active",
                   "description": "Samen koffie drinken.",
                   "attributes": [
                     {"id": "%1$s", "taxonomy_term": {"id": "%1$s", "taxonomy": "omkijken-soort", "code": "ACTIVITY", "name": "a", "description": "a"}},
                     {"id": "%1$s", "taxonomy_term": {"id": "%1$s", "taxonomy": "omkijken-ambitie", "code": "1.1.1", "name": "a", "description": "a"}},
                     {"id": "%1$s", "taxonomy_term": {"id": "%1$s", "taxonomy": "omkijken-meedoen", "code": "WALK_IN", "name": "a", "description": "a"}},
                     {"id": "%1$s", "taxonomy_term": {"id": "%1$s", "taxonomy": "omkijken-thema", "code": "ontmoeten", "name": "a", "description": "a"}},
                     {"id": "%1$s", "taxonomy_term": {"id": "%1$s", "taxonomy": "omkijken-doelgroep", "code": "iedereen", "name": "a", "description": "a"}}]},
                  {"id": "%1$s", "name": "%2$s fout", "status": "active",
                   "description": "Samen koffie drinken.", "minimum_age": "oud",
                   "attributes": [
                     {"id": "%1$s", "taxonomy_term": {"id": "%1$s", "taxonomy": "omkijken-soort", "code": "BINGO", "name": "a", "description": "a"}}],
                   "service_at_locations": [{"id": "%1$s", "location_id": "%3$s"}],
                   "schedules": [{"id": "%1$s", "freq": "DAILY", "dtstart": "2030-01-01", "opens_at": "10:00", "closes_at": "12:00"}]}
                ]}
                """.formatted(UUID.randomUUID(), marker, otherProvidersLocation).getBytes(StandardCharsets.UTF_8);

        var page = page(upload(file, "commit"));

        assertThat(page)
                .contains("attributes (omkijken-soort)")
                .contains("De code BINGO kennen we niet.")
                .contains("minimum_age")
                .contains("service_at_locations")
                .contains("is niet van deze aanbieder")
                .contains("schedules[0]")
                .contains("attributes (omkijken-meedoen)")
                .doesNotContain(">1</td>");
        assertThat(count("select count(*) from offering where title like ?", marker + "%"))
                .isZero();
    }

    @Test
    void aFileThatIsNotJsonIsRefusedAsAWhole() throws Exception {
        assertThat(page(upload("{\"services\": [".getBytes(StandardCharsets.UTF_8), "dryRun")))
                .contains("Dit JSON-bestand kunnen we niet lezen.");
        assertThat(page(upload("{\"organisatie\": 1}".getBytes(StandardCharsets.UTF_8), "dryRun")))
                .contains("In dit bestand staan geen diensten");
    }

    private ObjectNode export() throws Exception {
        var body = mvc.perform(get("/aanbieder/" + travers + "/export.json").session(staff))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        return (ObjectNode) json.readTree(body);
    }

    private static JsonNode first(JsonNode services, java.util.function.Predicate<JsonNode> test) {
        for (var service : services) {
            if (test.test(service)) {
                return service;
            }
        }
        throw new AssertionError("no service matches");
    }

    private java.util.List<String> rules(UUID offering) {
        return jdbc.queryForList(
                "select coalesce(rrule, 'once') || ' ' || start_time || '-' || end_time from schedule"
                        + " where offering_id = ? order by 1",
                String.class,
                offering);
    }

    private java.util.List<String> closedDays(UUID offering) {
        return jdbc.queryForList(
                "select e.from_date || '/' || e.until_date from schedule_exception e join schedule s"
                        + " on s.id = e.schedule_id where s.offering_id = ? order by 1",
                String.class,
                offering);
    }

    private int count(String sql, Object... arguments) {
        return jdbc.queryForObject(sql, Integer.class, arguments);
    }

    private org.springframework.test.web.servlet.ResultActions upload(byte[] content, String action) throws Exception {
        return mvc.perform(multipartOf(content, action));
    }

    private org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder multipartOf(
            byte[] content, String action) {
        var request = multipart("/aanbieder/" + travers + "/import")
                .file(new MockMultipartFile("file", "aanbod.json", "application/json", content));
        request.param("action", action).with(csrf()).session(staff);
        return request;
    }

    private static String page(org.springframework.test.web.servlet.ResultActions result) throws Exception {
        return result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
