package nl.omkijken.finder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.omkijken.HsdsSchemas;
import nl.omkijken.IntegrationTest;
import nl.omkijken.catalog.HsdsPublication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The open data API against the official HSDS 3.0 JSON Schemas (format assertions on): every endpoint, every list
 * item, every object, its paging envelope, its filters, and its problem responses.
 */
@IntegrationTest
class HsdsApiTests {

    private static final String API = "/api/hsds/v3";

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    HsdsPublication publication;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theRootNamesTheVersionAndTheOpenApiDocument() throws Exception {
        var root = read(API + "/");
        assertThat(root.get("version").asString()).isEqualTo("3.0");
        assertThat(root.get("openapi_url").asString()).endsWith("/api/hsds/v3/openapi.json");

        var openApi = read(API + "/openapi.json");
        assertThat(openApi.get("openapi").asString()).isEqualTo("3.1.0");
        assertThat(openApi.at("/info/title").asString()).contains("Omkijken");
        assertThat(openApi.at("/servers/0/url").asString()).endsWith("/api/hsds/v3");
        assertThat(openApi.get("paths").has("/services")).isTrue();
    }

    @Test
    void everyListAndEveryObjectPassesTheOfficialSchemas() throws Exception {
        var errors = new ArrayList<String>();
        var services = read(API + "/services?per_page=500");
        checkEnvelope(services);
        assertThat(services.get("total_items").asInt()).isGreaterThan(250);
        services.get("contents").forEach(s -> validate("compiled/service_list.json", s, errors));
        read(API + "/services?full=true&per_page=40").get("contents").forEach(s -> validate("service.json", s, errors));
        var firstService = services.at("/contents/0/id").asString();
        validate("service.json", read(API + "/services/" + firstService), errors);

        var organizations = read(API + "/organizations");
        checkEnvelope(organizations);
        organizations.get("contents").forEach(o -> validate("compiled/organization_list.json", o, errors));
        var organization = read(
                API + "/organizations/" + organizations.at("/contents/0/id").asString());
        organization.get("services").forEach(s -> validate("service.json", s, errors));
        var withoutServices = organization.deepCopy();
        ((tools.jackson.databind.node.ObjectNode) withoutServices).remove("services");
        validate("organization.json", withoutServices, errors);

        var atLocations = read(API + "/service_at_locations?per_page=100");
        checkEnvelope(atLocations);
        atLocations.get("contents").forEach(s -> validate("compiled/service_at_location_list.json", s, errors));
        validate(
                "service_at_location.json",
                read(API + "/service_at_locations/"
                        + atLocations.at("/contents/0/id").asString()),
                errors);

        var taxonomies = read(API + "/taxonomies");
        checkEnvelope(taxonomies);
        assertThat(taxonomies.get("total_items").asInt()).isEqualTo(5);
        taxonomies.get("contents").forEach(t -> validate("taxonomy.json", t, errors));
        validate(
                "taxonomy.json",
                read(API + "/taxonomies/" + taxonomies.at("/contents/0/id").asString()),
                errors);
        var terms = read(API + "/taxonomy_terms?per_page=100");
        checkEnvelope(terms);
        terms.get("contents").forEach(t -> validate("taxonomy_term.json", t, errors));
        validate(
                "taxonomy_term.json",
                read(API + "/taxonomy_terms/" + terms.at("/contents/0/id").asString()),
                errors);

        assertThat(errors).isEmpty();
    }

    @Test
    void pagesCoverTheListOnceInOrder() throws Exception {
        var all = read(API + "/services?per_page=500").get("contents").findValuesAsString("id");
        var first = read(API + "/services?per_page=100&page=1");
        var second = read(API + "/services?per_page=100&page=2");

        assertThat(first.get("first_page").asBoolean()).isTrue();
        assertThat(second.get("first_page").asBoolean()).isFalse();
        assertThat(second.get("page_number").asInt()).isEqualTo(2);
        assertThat(first.get("total_pages").asInt()).isEqualTo((all.size() + 99) / 100);
        var joined = new ArrayList<>(first.get("contents").findValuesAsString("id"));
        joined.addAll(second.get("contents").findValuesAsString("id"));
        assertThat(joined).isEqualTo(all.subList(0, 200));
        var beyond = read(API + "/services?per_page=100&page=999");
        assertThat(beyond.get("empty").asBoolean()).isTrue();
        assertThat(beyond.get("last_page").asBoolean()).isTrue();
    }

    @Test
    void filtersNarrowTheServicesAsTheyShould() throws Exception {
        var ontmoeten = jdbc.queryForObject(
                "select id::text from taxonomy_term where vocabulary = 'THEME' and code = 'ontmoeten'", String.class);
        var byTerm = read(API + "/services?full=true&per_page=500&taxonomy_term_id=" + ontmoeten);
        assertThat(byTerm.get("total_items").asInt()).isPositive();
        byTerm.get("contents")
                .forEach(s -> assertThat(s.get("attributes").findValuesAsString("taxonomy_term_id"))
                        .contains(ontmoeten));

        var organization = read(API + "/organizations").at("/contents/0/id").asString();
        var byOrganization = read(API + "/services?per_page=500&organization_id=" + organization);
        assertThat(byOrganization.get("contents").findValuesAsString("organization_id"))
                .isNotEmpty()
                .containsOnly(organization);

        assertThat(read(API + "/services?modified_after=2999-01-01T00:00:00Z")
                        .get("total_items")
                        .asInt())
                .isZero();
        var coffee = read(API + "/services?per_page=500&search=koffie-inloop").get("contents");
        assertThat(coffee.findValuesAsString("name")).contains("Koffie-inloop De Tippe");
        assertThat(read(API + "/services?taxonomy_term_id=" + UUID.randomUUID())
                        .get("total_items")
                        .asInt())
                .isZero();
        var minimal = read(API + "/services?minimal=true").at("/contents/0");
        assertThat(minimal.propertyNames()).containsOnly("id", "last_modified");
    }

    @ParameterizedTest
    @CsvSource({
        "/services?page=0, 400",
        "/services?page=abc, 400",
        "/services?per_page=100000, 400",
        "/services?taxonomy_term_id=x, 400",
        "/services?modified_after=gisteren, 400",
        "/services?full=misschien, 400",
        "/services?format=ndjson, 400",
        "/services/niet-een-id, 400",
        "/services/00000000-0000-0000-0000-000000000000, 404",
        "/organizations/00000000-0000-0000-0000-000000000000, 404",
        "/service_at_locations/00000000-0000-0000-0000-000000000000, 404",
        "/taxonomies/00000000-0000-0000-0000-000000000000, 404",
        "/taxonomy_terms/00000000-0000-0000-0000-000000000000, 404",
        "/bestaat-niet, 404"
    })
    void badRequestsGetAProblemDocument(String path, int expected) throws Exception {
        var response = mvc.perform(get(API + path))
                .andExpect(status().is(expected))
                .andExpect(header().string("Content-Type", "application/problem+json"))
                .andReturn()
                .getResponse();
        var problem = json.readTree(response.getContentAsByteArray());
        assertThat(problem.get("status").asInt()).isEqualTo(expected);
        assertThat(problem.get("title").asString()).isNotBlank();
        assertThat(problem.toString()).doesNotContain("Exception", "at nl.");
    }

    @Test
    void theApiIsOpenToEveryOriginAndNamesItsVersion() throws Exception {
        mvc.perform(get(API + "/services").header("Origin", "https://elders.example.org"))
                .andExpect(status().isOk())
                .andExpect(header().string("Access-Control-Allow-Origin", "*"))
                .andExpect(header().string("API-Version", HsdsApiController.API_VERSION))
                .andExpect(header().doesNotExist("Set-Cookie"));
    }

    @Test
    void noFieldIsEverNull() throws Exception {
        var nulls = new ArrayList<String>();
        findNulls(read(API + "/services?full=true&per_page=500"), "", nulls);
        findNulls(read(API + "/organizations?full_service=true&per_page=100"), "", nulls);
        assertThat(nulls).isEmpty();
    }

    private JsonNode read(String path) throws Exception {
        var body = mvc.perform(get(path))
                .andExpect(status().isOk())
                .andExpect(header().string("API-Version", HsdsApiController.API_VERSION))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        return json.readTree(body);
    }

    private static void checkEnvelope(JsonNode page) {
        assertThat(page.propertyNames())
                .contains(
                        "total_items",
                        "total_pages",
                        "page_number",
                        "size",
                        "first_page",
                        "last_page",
                        "empty",
                        "contents");
        assertThat(page.get("size").asInt()).isEqualTo(page.get("contents").size());
    }

    private static void validate(String schema, JsonNode node, List<String> errors) {
        errors.addAll(HsdsSchemas.problems(schema, node));
    }

    private static void findNulls(JsonNode node, String path, List<String> nulls) {
        if (node.isNull()) {
            nulls.add(path);
        }
        if (node.isObject()) {
            node.properties().forEach(e -> findNulls(e.getValue(), path + "/" + e.getKey(), nulls));
        }
        if (node.isArray()) {
            for (var i = 0; i < node.size(); i++) {
                findNulls(node.get(i), path + "/" + i, nulls);
            }
        }
    }
}
