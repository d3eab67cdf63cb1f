package nl.omkijken.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import nl.omkijken.BrowserTests;
import org.junit.jupiter.api.Test;

class ErrorPagesBrowserTests extends BrowserTests {

    private static final String UNKNOWN_DISTRICT = "/wijken/WK000000";

    @Test
    void anUnknownPageShowsTheDutch404PageInThePageShell() {
        var response = page.navigate(url(UNKNOWN_DISTRICT));

        assertThat(response.status()).isEqualTo(404);
        assertThat(page).hasTitle("Pagina niet gevonden - Omkijken");
        assertThat(page.locator("h1")).hasText("Deze pagina bestaat niet");
        assertInPageShell(page);
        assertThat(page.locator("html")).hasAttribute("lang", "nl");
        assertAccessible(page);
    }

    @Test
    void theEnglish404PageIsInEnglish() {
        var response = page.navigate(url(UNKNOWN_DISTRICT + "?lang=en"));

        assertThat(response.status()).isEqualTo(404);
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        assertThat(page).hasTitle("Page not found - Omkijken");
        assertThat(page.locator("h1")).hasText("This page does not exist");
        assertThat(page.locator("main a")).hasText("Go to the home page");
        assertThat(page.locator(".utrecht-skip-link")).hasText("Skip to the content");
        assertAccessible(page);
    }

    @Test
    void aPageForAnotherRoleShowsTheDutch403Page() {
        signIn(page, "inwoner@omkijken.test", DEMO_PASSWORD);

        var response = page.navigate(url("/beheer/accounts"));

        assertThat(response.status()).isEqualTo(403);
        assertThat(page).hasTitle("Geen toegang - Omkijken");
        assertThat(page.locator("h1")).hasText("Je hebt geen toegang tot deze pagina");
        assertInPageShell(page);
        assertThat(page.locator(".omk-nav__name")).hasText("Ingelogd als Trineke");
        assertAccessible(page);
    }

    @Test
    void anUnexpectedErrorShowsTheDutch500PageWithoutTechnicalDetails() {
        signIn(page, "redactie@omkijken.test", DEMO_PASSWORD);

        var response = page.navigate(url(FailingPageController.PATH));

        assertThat(response.status()).isEqualTo(500);
        assertThat(page).hasTitle("Er ging iets mis - Omkijken");
        assertThat(page.locator("h1")).hasText("Er ging iets mis");
        assertInPageShell(page);
        var html = page.content();
        assertThat(html)
                .doesNotContain(FailingPageController.MESSAGE)
                .doesNotContain("4711")
                .doesNotContainIgnoringCase("exception")
                .doesNotContain("nl.omkijken.")
                .doesNotContain("at java.")
                .doesNotContainIgnoringCase("stack");
        assertAccessible(page);
    }

    @Test
    void aSearchThatWaitedTooLongShowsTheDutchBusyPage() {
        signIn(page, "redactie@omkijken.test", DEMO_PASSWORD);

        var response = page.navigate(url(FailingPageController.BUSY_PATH));

        assertThat(response.status()).isEqualTo(503);
        assertThat(response.headers()).containsEntry("retry-after", "10");
        assertThat(page).hasTitle("Het is nu erg druk - Omkijken");
        assertThat(page.locator("h1")).hasText("Het is nu erg druk");
        assertThat(page.locator("main p").first()).containsText("Probeer het over een paar seconden opnieuw");
        assertInPageShell(page);
        assertAccessible(page);
    }

    @Test
    void the404PageWorksByKeyboard() {
        page.navigate(url(UNKNOWN_DISTRICT));

        assertKeyboardPathToTheStartPage(page);
    }

    @Test
    void the403PageWorksByKeyboard() {
        signIn(page, "inwoner@omkijken.test", DEMO_PASSWORD);
        page.navigate(url("/beheer/accounts"));

        assertKeyboardPathToTheStartPage(page);
    }

    @Test
    void the500PageWorksByKeyboard() {
        signIn(page, "redactie@omkijken.test", DEMO_PASSWORD);
        page.navigate(url(FailingPageController.PATH));

        assertKeyboardPathToTheStartPage(page);
    }

    private static void assertInPageShell(Page page) {
        assertThat(page.locator("header .omk-brand")).isVisible();
        assertThat(page.locator("nav")).hasAttribute("aria-label", "Hoofdmenu");
        assertThat(page.locator("main#inhoud")).isVisible();
        assertThat(page.locator("footer").getByText("Toegankelijkheid")).isVisible();
        assertThat(page.locator(".utrecht-skip-link")).hasText("Ga direct naar de inhoud");
    }

    private void assertKeyboardPathToTheStartPage(Page page) {
        page.keyboard().press("Tab");
        assertThat(page.locator(":focus")).hasText("Ga direct naar de inhoud");
        assertThat(page.locator(":focus")).isInViewport();

        tabTo(page, "Naar de startpagina");
        page.keyboard().press("Enter");

        assertThat(page).hasURL(url("/"));
        assertThat(page.locator("h1")).hasText("Omkijken naar elkaar in Zwolle");
    }
}
