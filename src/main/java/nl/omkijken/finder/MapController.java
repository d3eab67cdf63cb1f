package nl.omkijken.finder;

import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.util.Locale;
import nl.omkijken.area.Areas;
import nl.omkijken.catalog.Kind;
import nl.omkijken.catalog.Taxonomy;
import nl.omkijken.catalog.Vocabulary;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The map of the offer: Leaflet with clustered markers that follow the same filters as the search, on the tiles of the
 * configured tile server (PDOK's BRT achtergrondkaart by default). The tile server is the one other host a page may
 * load from, on map pages only; without tiles or without JavaScript the page lists the same places as text.
 */
@Controller
class MapController {

    /** The most markers one map shows. */
    static final int MAX_POINTS = 5_000;

    private static final String POLICY =
            "default-src 'self'; img-src 'self' data:%s; style-src 'self'; script-src 'self';"
                    + " object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    private final OfferingSearch search;
    private final Taxonomy taxonomy;
    private final Areas areas;
    private final JsonMapper json;
    private final String tileUrl;
    private final String attribution;

    MapController(
            OfferingSearch search,
            Taxonomy taxonomy,
            Areas areas,
            JsonMapper json,
            @Value(
                            "${omkijken.finder.map.tile-url:https://service.pdok.nl/brt/achtergrondkaart/wmts/v2_0/standaard/EPSG:3857/{z}/{x}/{y}.png}")
                    String tileUrl,
            @Value("${omkijken.finder.map.attribution:Kaartgegevens &copy; Kadaster}") String attribution) {
        this.search = search;
        this.taxonomy = taxonomy;
        this.areas = areas;
        this.json = json;
        this.tileUrl = tileUrl;
        this.attribution = attribution;
    }

    @GetMapping("/kaart")
    String map(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String wijk,
            @RequestParam(required = false) String soort,
            @RequestParam(required = false) String thema,
            HttpServletResponse response,
            Model model,
            Locale locale) {
        var query = query(q, wijk, soort, thema);
        response.setHeader("Content-Security-Policy", POLICY.formatted(tileOrigin()));
        model.addAttribute("query", query);
        model.addAttribute("results", search.search(query));
        model.addAttribute("points", query.hrefAt("/kaart/punten.json"));
        model.addAttribute("tileUrl", tileUrl);
        model.addAttribute("attribution", attribution);
        model.addAttribute("districts", areas.districts());
        model.addAttribute("kinds", Kind.values());
        model.addAttribute("themes", taxonomy.options(Vocabulary.THEME, locale));
        return "finder/map";
    }

    /** The places of the offerings that match, as GeoJSON, for the map's markers. */
    @GetMapping(value = "/kaart/punten.json", produces = "application/geo+json")
    ResponseEntity<ObjectNode> points(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String wijk,
            @RequestParam(required = false) String soort,
            @RequestParam(required = false) String thema) {
        var collection = json.createObjectNode();
        collection.put("type", "FeatureCollection");
        var features = collection.putArray("features");
        for (var hit : search.points(query(q, wijk, soort, thema), MAX_POINTS)) {
            for (var place : hit.places()) {
                var feature = features.addObject();
                feature.put("type", "Feature");
                var geometry = feature.putObject("geometry");
                geometry.put("type", "Point");
                geometry.putArray("coordinates").add(place.longitude()).add(place.latitude());
                var properties = feature.putObject("properties");
                properties.put("title", hit.title());
                properties.put("url", hit.path());
                properties.put("place", place.name());
            }
        }
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/geo+json"))
                .body(collection);
    }

    private static SearchQuery query(String q, String wijk, String soort, String thema) {
        return new SearchQuery(q, wijk, soort, thema, null, null, null, null, false, false, false, 1);
    }

    /** The scheme and host of the tile server, for the page's content security policy; empty without tiles. */
    private String tileOrigin() {
        if (tileUrl == null || tileUrl.isBlank()) {
            return "";
        }
        var uri = URI.create(tileUrl.replaceAll("[{}]", ""));
        return " " + uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
    }
}
