package nl.omkijken.finder;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Media;
import java.util.ArrayList;
import nl.omkijken.BrowserTests;
import nl.omkijken.catalog.PublicOfferings;
import nl.omkijken.identity.IdentityProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.json.JsonMapper;

/**
 * An offering's page on a phone and on a desktop: a small map of its place that keyboard users pass in one step, its
 * address to pass on, and JSON-LD the browser treats as data. It passes axe, sets no cookie, loads nothing from
 * elsewhere, and without JavaScript still gives the address and the way to the big map.
 */
class OfferingPageBrowserTests extends BrowserTests {

    private static final String TITLE = "Koffie-inloop De Tippe";

    @Autowired
    PublicOfferings catalog;

    @Autowired
    IdentityProperties site;

    @Autowired
    JsonMapper json;

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"375, 740", "1280, 900"})
    void theCoffeeMorningShowsItsPlaceOnASmallMapAndItsAddressToShare(int width, int height) {
        var visitor =
                newVisitor(new Browser.NewContextOptions().setLocale("nl-NL").setViewportSize(width, height));
        var page = visitor.newPage();
        var elsewhere = new ArrayList<String>();
        page.onRequest(request -> {
            if (!request.url().startsWith(url(""))) {
                elsewhere.add(request.url());
            }
        });
        // A script the policy blocked, or one that failed, shows up here.
        var errors = new ArrayList<String>();
        page.onPageError(errors::add);
        page.onConsoleMessage(message -> {
            if (message.type().equals("error")) {
                errors.add(message.text());
            }
        });
        var offering = OfferingPages.named(catalog, TITLE);

        page.navigate(url(OfferingPages.path(offering)));

        assertThat(page.locator("h1")).hasText(TITLE);
        assertThat(page.locator("#offering-map")).isVisible();
        assertThat(page.locator("#offering-map .leaflet-marker-icon")).hasCount(1);
        assertThat(page.locator("#offering-map .leaflet-marker-icon")).isVisible();
        assertThat(page.locator("#offering-map")).hasAttribute("aria-label", java.util.regex.Pattern.compile(TITLE));
        assertThat(page.locator("#share-address")).hasValue(site.publicUrl() + OfferingPages.path(offering));
        assertThat(page.locator("#share-address")).not().isEditable();
        var data =
                json.readTree(page.locator("script[type='application/ld+json']").textContent());
        org.assertj.core.api.Assertions.assertThat(data.get("name").asString()).isEqualTo(TITLE);
        assertAccessible(page);

        page.getByText("Zet de tijden in je eigen agenda").focus();
        page.keyboard().press("Tab");
        assertThat(page.locator(":focus")).hasText("Bekijk op de kaart");
        org.assertj.core.api.Assertions.assertThat(page.locator("#offering-map")
                        .evaluate("map => map.tabIndex >= 0 || map.querySelector("
                                + "'a[href], button, input, [tabindex]:not([tabindex=\"-1\"])') !== null"))
                .as("anything in the map a keyboard stops at")
                .isEqualTo(false);

        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
        assertThat(page.locator("#offering-map")).isHidden();
        assertThat(page.locator(".omk-share")).isHidden();
        assertThat(page.getByText("Tippeweg 12")).isVisible();
        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.SCREEN));

        page.getByText("Bekijk op de kaart").click();
        assertThat(page.locator("#map .leaflet-popup-content")).hasText(TITLE);

        org.assertj.core.api.Assertions.assertThat(errors).isEmpty();
        org.assertj.core.api.Assertions.assertThat(visitor.cookies()).isEmpty();
        org.assertj.core.api.Assertions.assertThat(elsewhere).isEmpty();
        visitor.close();
    }

    @Test
    void withoutJavaScriptTheAddressTheWayToTheMapAndTheShareFieldRemain() {
        var visitor =
                newVisitor(new Browser.NewContextOptions().setLocale("nl-NL").setJavaScriptEnabled(false));
        var page = visitor.newPage();
        var offering = OfferingPages.named(catalog, TITLE);

        page.navigate(url(OfferingPages.path(offering)));

        assertThat(page.locator("#offering-map")).isHidden();
        assertThat(page.getByText("Tippeweg 12")).isVisible();
        assertThat(page.getByText("Bekijk op de kaart")).isVisible();
        assertThat(page.locator("#share-address")).hasValue(site.publicUrl() + OfferingPages.path(offering));
        page.getByText("Bekijk op de kaart").click();
        assertThat(page.locator(".omk-results")).containsText(TITLE);
        visitor.close();
    }
}
