package nl.omkijken.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import nl.omkijken.BrowserTests;
import org.junit.jupiter.api.Test;

class StartPageBrowserTests extends BrowserTests {

    @Test
    void showsEveryWijkOfZwolleWithItsInhabitantsAndPassesAxe() {
        page.navigate(url("/"));

        assertThat(page.locator("html")).hasAttribute("lang", "nl");
        assertThat(page.locator("h1")).hasText("Omkijken naar elkaar in Zwolle");
        assertThat(page.locator(".omk-district")).hasCount(16);
        assertThat(page.locator(
                        ".omk-district", new com.microsoft.playwright.Page.LocatorOptions().setHasText("Stadshagen")))
                .containsText("inwoners");
        assertAccessible(page);
    }

    @Test
    void setsNoCookieForAnAnonymousVisitor() {
        page.navigate(url("/"));
        page.navigate(url("/wijken/WK019322"));

        assertThat(context.cookies()).isEmpty();
    }

    @Test
    void skipLinkIsTheFirstStopOfTheKeyboardAndMovesToTheContent() {
        page.navigate(url("/"));
        assertThat(page.locator(".utrecht-skip-link")).not().isInViewport();

        page.keyboard().press("Tab");
        assertThat(page.locator(":focus")).hasText("Ga direct naar de inhoud");
        assertThat(page.locator(".utrecht-skip-link")).isInViewport();
        page.keyboard().press("Enter");
        assertThat(page).hasURL(url("/#inhoud"));
    }

    @Test
    void switchesToEnglishAndStaysInEnglishWhileNavigating() {
        page.navigate(url("/"));
        page.getByText("English").click();

        assertThat(page.locator("html")).hasAttribute("lang", "en");
        page.getByText("Stadshagen").first().click();
        assertThat(page.locator("h1")).hasText("District Stadshagen");
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        assertAccessible(page);
    }
}
