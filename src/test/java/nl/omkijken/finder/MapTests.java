package nl.omkijken.finder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import nl.omkijken.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/** The map's points follow the filters, and results can be put in order of distance from a buurt. */
@IntegrationTest
class MapTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    OfferingSearch search;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void thePointsAreGeoJsonThatFollowTheFilters() throws Exception {
        var all = points("/kaart/punten.json");
        var binnenstad = points("/kaart/punten.json?wijk=WK019310");

        assertThat(all.get("type").asString()).isEqualTo("FeatureCollection");
        assertThat(binnenstad.get("features").size())
                .isPositive()
                .isLessThan(all.get("features").size());
        var first = binnenstad.at("/features/0");
        assertThat(first.at("/geometry/type").asString()).isEqualTo("Point");
        // Longitude first, as GeoJSON has it; Zwolle lies near 6.09 E, 52.51 N.
        assertThat(first.at("/geometry/coordinates/0").asDouble()).isBetween(5.9, 6.3);
        assertThat(first.at("/geometry/coordinates/1").asDouble()).isBetween(52.4, 52.6);
        assertThat(first.at("/properties/url").asString()).startsWith("/aanbod/");
    }

    @Test
    void anOfferingInSeveralPlacesHasAMarkerAtEach() throws Exception {
        var several = jdbc.queryForMap("select id, title, cardinality(place_names) as places from search_entry"
                + " where cardinality(place_names) > 1 order by title limit 1");
        var url = "/aanbod/" + several.get("id") + "/";

        var features = points("/kaart/punten.json").get("features");

        var markers = new java.util.ArrayList<String>();
        features.forEach(f -> {
            if (f.at("/properties/url").asString().startsWith(url)) {
                markers.add(f.at("/geometry/coordinates/0").asString() + " "
                        + f.at("/properties/place").asString());
            }
        });
        assertThat(markers).hasSize((Integer) several.get("places")).doesNotHaveDuplicates();
    }

    @Test
    void theMapPageListsThePlacesAsTextAndAllowsNoOtherHostWithoutTiles() throws Exception {
        var response = mvc.perform(get("/kaart").param("soort", "MEETING_PLACE"))
                .andExpect(status().isOk())
                .andExpect(header().doesNotExist("Set-Cookie"))
                .andReturn()
                .getResponse();

        assertThat(response.getHeader("Content-Security-Policy")).contains("img-src 'self' data:;");
        assertThat(response.getContentAsString(StandardCharsets.UTF_8))
                .contains("id=\"map\"", "/kaart/punten.json?soort=MEETING_PLACE", "omk-results");
    }

    @Test
    void anOfferingsPageOpensTheMapOnItsPlaceAndAnythingElseIsIgnored() throws Exception {
        var id = java.util.UUID.randomUUID();
        var focused = mvc.perform(get("/kaart").param("aanbod", id.toString()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        var odd = mvc.perform(get("/kaart").param("aanbod", "</div><script>"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(focused).contains("data-focus=\"/aanbod/" + id + "/\"");
        assertThat(odd).doesNotContain("data-focus", "</div><script>");
    }

    @Test
    void nearABuurtTheNearestComeFirst() {
        var near = new SearchQuery(
                "koffie",
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                false,
                false,
                false,
                1,
                "BU01931000",
                "afstand",
                null,
                false);
        var results = search.search(near);
        var origin = search.centreOf("BU01931000").orElseThrow();

        var distances = results.hits().stream()
                .map(h -> h.kilometresFrom(origin))
                .filter(d -> d != null)
                .toList();
        assertThat(distances).hasSizeGreaterThan(3).isSorted();
    }

    private tools.jackson.databind.JsonNode points(String path) throws Exception {
        return json.readTree(mvc.perform(get(path))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray());
    }
}
