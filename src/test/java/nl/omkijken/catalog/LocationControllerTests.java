package nl.omkijken.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
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
class LocationControllerTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    UUID travers;
    MockHttpSession staff;

    @BeforeEach
    void traversStaffSignedIn() throws Exception {
        travers = CatalogFixtures.provider(jdbc, "Travers Welzijn");
        staff = SignInSessions.signInAsDemo(mvc, "aanbieder@omkijken.test");
    }

    @Test
    void aLocationGetsItsBuurtFromItsCoordinatesAndATidyPostcode() throws Exception {
        var name = "Buurtkamer " + UUID.randomUUID();

        mvc.perform(location(name)).andExpect(status().is3xxRedirection());

        var row = jdbc.queryForMap(
                "select postcode, neighbourhood_code, district_code from location where name = ?", name);
        assertThat(row.get("postcode")).isEqualTo("8011 NB");
        assertThat(row.get("neighbourhood_code")).isEqualTo("BU01931000");
        assertThat(row.get("district_code")).isEqualTo("WK019310");
    }

    @Test
    void aWrongPostcodeAndAPlaceOutsideTheMunicipalityAreRefusedBesideTheField() throws Exception {
        var name = "Ergens " + UUID.randomUUID();

        var page = body(location(name, "postcode", "80111", "latitude", "52,3731", "longitude", "4,8922"));

        assertThat(page).contains("Vul een postcode in zoals 8011 AB.").contains("Deze plek ligt niet in de gemeente.");
        assertThat(jdbc.queryForObject("select count(*) from location where name = ?", Integer.class, name))
                .isZero();
    }

    @Test
    void staffOfAnotherProviderCannotAddALocationHere() throws Exception {
        var other = SignInSessions.signInAsDemo(mvc, "coordinator@omkijken.test");

        mvc.perform(get("/aanbieder/" + travers + "/locaties").session(other)).andExpect(status().isForbidden());
    }

    private MockHttpServletRequestBuilder location(String name, String... changes) {
        var fields = new LinkedHashMap<String, String>();
        fields.put("name", name);
        fields.put("streetAddress", "Grote Markt 1");
        fields.put("postcode", "8011nb");
        fields.put("city", "Zwolle");
        fields.put("latitude", "52,511441");
        fields.put("longitude", "6.093831");
        fields.put("wheelchairAccessible", "true");
        for (var i = 0; i < changes.length; i += 2) {
            fields.put(changes[i], changes[i + 1]);
        }
        var request =
                post("/aanbieder/" + travers + "/locaties/nieuw").with(csrf()).session(staff);
        fields.forEach(request::param);
        return request;
    }

    private String body(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
