package nl.omkijken.finder;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;

/** A page with a map may load images from the tile server, and from no other host. */
class MapTilesTests {

    @Test
    void aPageWithAMapMayLoadImagesFromTheTileServerOnly() {
        var response = new MockHttpServletResponse();

        new MapTiles("https://tiles.example.nl:8443/brt/{z}/{x}/{y}.png", "Kadaster").allowOn(response);

        assertThat(response.getHeader("Content-Security-Policy"))
                .contains("img-src 'self' data: https://tiles.example.nl:8443;")
                .contains("default-src 'self';", "script-src 'self';", "frame-ancestors 'none'")
                .doesNotContain("/brt", "unsafe");
    }

    @Test
    void withoutATileServerThePageKeepsTheSitesOwnPolicy() {
        var response = new MockHttpServletResponse();

        new MapTiles(" ", "").allowOn(response);

        assertThat(response.getHeader("Content-Security-Policy")).isNull();
    }
}
