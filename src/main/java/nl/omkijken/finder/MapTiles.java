package nl.omkijken.finder;

import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The tile server of the background map (PDOK's BRT achtergrondkaart by default). It is the one other host a page may
 * load from, and only a page that shows a map opens its content security policy to it.
 */
@Component
class MapTiles {

    private static final String POLICY =
            "default-src 'self'; img-src 'self' data: %s; style-src 'self'; script-src 'self';"
                    + " object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    private final String url;
    private final String attribution;

    MapTiles(
            @Value(
                            "${omkijken.finder.map.tile-url:https://service.pdok.nl/brt/achtergrondkaart/wmts/v2_0/standaard/EPSG:3857/{z}/{x}/{y}.png}")
                    String url,
            @Value("${omkijken.finder.map.attribution:Kaartgegevens &copy; Kadaster}") String attribution) {
        this.url = url == null ? "" : url.strip();
        this.attribution = attribution;
    }

    /** Leaflet's {z}/{x}/{y} template; empty when the map has no background. Public for the page templates. */
    public String url() {
        return url;
    }

    public String attribution() {
        return attribution;
    }

    /** Lets this response's page load tiles; without a tile server the site's own policy stays as it is. */
    void allowOn(HttpServletResponse response) {
        if (!url.isEmpty()) {
            response.setHeader("Content-Security-Policy", POLICY.formatted(origin()));
        }
    }

    /** The scheme, host and port of the tile server. */
    private String origin() {
        var uri = URI.create(url.replaceAll("[{}]", ""));
        return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
    }
}
