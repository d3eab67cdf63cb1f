package nl.omkijken.finder;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.ArrayList;
import nl.omkijken.BrowserTests;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A resident searches by keyboard only, on a phone and on a desktop: from the start page to
 * results, a filter, and an offering's page. Every page passes axe, sets no cookie and loads nothing from elsewhere.
 */
class FinderBrowserTests extends BrowserTests {

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"375, 740", "1280, 900"})
    void aResidentFindsACoffeeMorningByKeyboardOnAPhoneAndADesktop(int width, int height) {
        var visitor = newVisitor(new com.microsoft.playwright.Browser.NewContextOptions()
                .setLocale("nl-NL")
                .setViewportSize(width, height));
        var page = visitor.newPage();
        var elsewhere = new ArrayList<String>();
        page.onRequest(request -> {
            if (!request.url().startsWith(url(""))) {
                elsewhere.add(request.url());
            }
        });

        page.navigate(url("/"));
        // The start page alone carries a script, its own, that remembers a wijk in this browser; it works without.
        org.assertj.core.api.Assertions.assertThat(
                        page.locator("script").evaluateAll("scripts => scripts.map(s => s.getAttribute('src'))"))
                .isEqualTo(java.util.List.of("/js/remember-district.js"));
        tabToElement(page, "#q");
        page.keyboard().type("koffieinlop");
        page.keyboard().press("Enter");

        assertThat(page.locator("h1")).hasText("Zoeken in het aanbod");
        assertThat(page.locator(".omk-result-count")).containsText("resultaten");
        assertThat(page.locator(".omk-results")).containsText("Koffie-inloop De Tippe");
        assertAccessible(page);

        tabTo(page, "Filters: wijk, soort, dag en meer");
        page.keyboard().press("Enter");
        tabToElement(page, "#filter-wijk");
        page.locator("#filter-wijk").selectOption("WK019322");
        page.locator("main button[type=submit]").press("Enter");
        assertThat(page.locator("#filter-wijk")).hasValue("WK019322");
        assertAccessible(page);

        tabTo(page, "Koffie-inloop De Tippe");
        page.keyboard().press("Enter");
        assertThat(page.locator("h1")).hasText("Koffie-inloop De Tippe");
        assertThat(page.locator("main")).containsText("Waar");
        assertAccessible(page);
        // The page works without JavaScript. Its JSON-LD is data, not script; the only scripts are the small map's,
        // from this site, none inline.
        org.assertj.core.api.Assertions.assertThat(page.locator("script:not([type='application/ld+json'])")
                        .evaluateAll("scripts => scripts.map(s => s.getAttribute('src'))"))
                .isEqualTo(java.util.List.of("/vendor/leaflet/leaflet.js", "/js/offering-map.js"));

        page.navigate(url("/agenda?periode=week&wijk=WK019322"));
        assertThat(page.locator("h1")).hasText("Agenda");
        assertThat(page.locator(".omk-agenda-day").first()).isVisible();
        assertAccessible(page);

        var scriptErrors = new ArrayList<String>();
        page.onPageError(scriptErrors::add);
        page.navigate(url("/kaart?wijk=WK019322"));
        assertThat(page.locator("#map")).isVisible();
        assertThat(page.locator("#map")).hasAttribute("data-loaded", java.util.regex.Pattern.compile("[1-9]\\d*"));
        assertThat(page.locator(".leaflet-marker-icon, .marker-cluster").first())
                .isVisible();
        assertAccessible(page);
        org.assertj.core.api.Assertions.assertThat(scriptErrors).isEmpty();

        org.assertj.core.api.Assertions.assertThat(visitor.cookies()).isEmpty();
        org.assertj.core.api.Assertions.assertThat(elsewhere).isEmpty();
        visitor.close();
    }
}
