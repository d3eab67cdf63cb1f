package nl.omkijken.finder;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.UUID;
import nl.omkijken.area.Areas;
import nl.omkijken.catalog.Kind;
import nl.omkijken.catalog.Taxonomy;
import nl.omkijken.catalog.Vocabulary;
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

    private final OfferingSearch search;
    private final Taxonomy taxonomy;
    private final Areas areas;
    private final JsonMapper json;
    private final MapTiles tiles;

    MapController(OfferingSearch search, Taxonomy taxonomy, Areas areas, JsonMapper json, MapTiles tiles) {
        this.search = search;
        this.taxonomy = taxonomy;
        this.areas = areas;
        this.json = json;
        this.tiles = tiles;
    }

    @GetMapping("/kaart")
    String map(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String wijk,
            @RequestParam(required = false) String soort,
            @RequestParam(required = false) String thema,
            @RequestParam(required = false) String aanbod,
            HttpServletResponse response,
            Model model,
            Locale locale) {
        var query = query(q, wijk, soort, thema);
        tiles.allowOn(response);
        model.addAttribute("query", query);
        model.addAttribute("results", search.search(query));
        model.addAttribute("points", query.hrefAt("/kaart/punten.json"));
        model.addAttribute("focus", focus(aanbod));
        model.addAttribute("tileUrl", tiles.url());
        model.addAttribute("attribution", tiles.attribution());
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

    /**
     * The start of the address of the offering the map opens on, as a point's url has it; null when there is none or
     * it is not an id.
     */
    private static String focus(String aanbod) {
        try {
            return aanbod == null ? null : "/aanbod/" + UUID.fromString(aanbod.strip()) + "/";
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }
}
