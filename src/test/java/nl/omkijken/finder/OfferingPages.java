package nl.omkijken.finder;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import nl.omkijken.catalog.PublicOffering;
import nl.omkijken.catalog.PublicOfferings;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** For the tests of an offering's page: a demo offering by its title, its page's address, and its JSON-LD. */
final class OfferingPages {

    private static final Pattern JSON_LD =
            Pattern.compile("<script type=\"application/ld\\+json\">(.*?)</script>", Pattern.DOTALL);

    private OfferingPages() {}

    static PublicOffering named(PublicOfferings catalog, String title) {
        return catalog.findAll(catalog.visibleIds()).stream()
                .filter(o -> o.title().equals(title))
                .findFirst()
                .orElseThrow();
    }

    static String path(PublicOffering offering) {
        return "/aanbod/" + offering.id() + "/" + FinderController.slug(offering.title());
    }

    /**
     * The JSON-LD as a search engine reads it: the text of the first JSON-LD script element, up to the first
     * {@code </script>}.
     */
    static JsonNode jsonLd(JsonMapper json, String html) {
        var found = JSON_LD.matcher(html);
        assertThat(found.find()).as("a JSON-LD script element").isTrue();
        return json.readTree(found.group(1));
    }
}
