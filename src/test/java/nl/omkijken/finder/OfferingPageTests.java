package nl.omkijken.finder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Pattern;
import nl.omkijken.IntegrationTest;
import nl.omkijken.SignInSessions;
import nl.omkijken.catalog.PublicOfferings;
import nl.omkijken.identity.IdentityProperties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/**
 * An offering's page gives residents its absolute address to pass on, and shows a map only where there is a place.
 * Nothing a provider writes can end its JSON-LD script element early.
 */
@IntegrationTest
class OfferingPageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    PublicOfferings catalog;

    @Autowired
    IdentityProperties site;

    @Autowired
    JsonMapper json;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theAddressToShareIsAbsoluteAndTheLinksCarryIt() throws Exception {
        var offering = OfferingPages.named(catalog, "Koffie-inloop De Tippe");
        var response = mvc.perform(get("/aanbod/" + offering.id() + "/oude-naam"))
                .andExpect(status().isOk())
                .andExpect(header().doesNotExist("Set-Cookie"))
                .andReturn()
                .getResponse();
        var html = response.getContentAsString(StandardCharsets.UTF_8);
        var address = site.publicUrl() + OfferingPages.path(offering);

        assertThat(address).matches("https?://[^/]+/aanbod/[0-9a-f-]{36}/koffie-inloop-de-tippe");
        assertThat(html)
                .contains("<link rel=\"canonical\" href=\"" + address + "\">")
                .contains("id=\"share-address\"")
                .contains("readonly value=\"" + address + "\"");
        var mail = URLDecoder.decode(attribute(html, "mailto:?"), StandardCharsets.UTF_8);
        assertThat(mail)
                .startsWith("mailto:?subject=Koffie-inloop De Tippe&body=")
                .contains("Misschien iets voor jou: Koffie-inloop De Tippe")
                .endsWith(address);
        var whatsApp = attribute(html, "https://wa.me/");
        assertThat(whatsApp).startsWith("https://wa.me/?text=").doesNotContain(" ");
        assertThat(URLDecoder.decode(whatsApp, StandardCharsets.UTF_8)).endsWith(address);
        // No tile server in the tests, so the page keeps the site's own policy: nothing from another host.
        assertThat(response.getHeader("Content-Security-Policy")).contains("img-src 'self' data:;");
        assertThat(html)
                .contains("id=\"offering-map\"")
                .contains("/kaart?wijk=" + offering.places().get(0).districtCode() + "&amp;aanbod=" + offering.id());
    }

    @Test
    void anOfferingWithoutAPlaceHasNoMap() throws Exception {
        var id = publish("Belcirkel " + UUID.randomUUID().toString().substring(0, 6), "");

        var html = mvc.perform(get("/aanbod/" + id + "/x"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(html).doesNotContain("offering-map", "leaflet").contains("id=\"share-address\"");
    }

    @Test
    void textThatClosesTheScriptElementStaysInsideTheJson() throws Exception {
        var title = "Spelletjes </script><script>alert(1)</script> "
                + UUID.randomUUID().toString().substring(0, 6);
        var id = publish(title, "Kom je ook? <!-- </SCRIPT> & meer");

        var html = mvc.perform(get("/aanbod/" + id + "/x"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        var service = OfferingPages.jsonLd(json, html);

        assertThat(service.get("name").asString()).isEqualTo(title);
        assertThat(service.get("description").asString()).isEqualTo("Kom je ook? <!-- </SCRIPT> & meer");
        assertThat(html).doesNotContain("<script>alert(1)").doesNotContain("<!-- </SCRIPT>");
    }

    /** The href that starts with this, as the browser reads it (entities decoded). */
    private static String attribute(String html, String start) {
        var found =
                Pattern.compile("href=\"(" + Pattern.quote(start) + "[^\"]*)\"").matcher(html);
        assertThat(found.find()).as("a link to " + start).isTrue();
        return found.group(1).replace("&amp;", "&");
    }

    /** A new offering without dates, by a provider and approved by the editor, as in real life. */
    private UUID publish(String title, String description) throws Exception {
        var travers = jdbc.queryForObject("select id from provider where name = 'Travers Welzijn'", UUID.class);
        var staff = SignInSessions.signInAsDemo(mvc, "aanbieder@omkijken.test");
        var editor = SignInSessions.signInAsDemo(mvc, "redactie@omkijken.test");
        var created = mvc.perform(post("/aanbieder/" + travers + "/aanbod/nieuw")
                        .with(csrf())
                        .session(staff)
                        .param("title", title)
                        .param("summary", "Samen spelen.")
                        .param("description", description)
                        .param("kind", "ACTIVITY")
                        .param("themeIds", term("THEME", "ontmoeten"))
                        .param("targetGroupIds", term("TARGET_GROUP", "iedereen"))
                        .param("ambitions", "MEANINGFUL_CONTACTS")
                        .param("free", "true")
                        .param("howToJoin", "WALK_IN"))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        var id = created.substring(created.lastIndexOf('/') + 1);
        mvc.perform(post("/aanbieder/" + travers + "/aanbod/" + id + "/indienen")
                        .with(csrf())
                        .session(staff))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/redactie/aanbod/" + id + "/goedkeuren").with(csrf()).session(editor))
                .andExpect(status().is3xxRedirection());
        return UUID.fromString(id);
    }

    private String term(String vocabulary, String code) {
        return jdbc.queryForObject(
                "select id::text from taxonomy_term where vocabulary = ? and code = ?", String.class, vocabulary, code);
    }
}
