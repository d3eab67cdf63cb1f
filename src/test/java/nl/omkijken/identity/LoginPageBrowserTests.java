package nl.omkijken.identity;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.UUID;
import nl.omkijken.BrowserTests;
import org.junit.jupiter.api.Test;

class LoginPageBrowserTests extends BrowserTests {

    private static final String FAILED = "Het e-mailadres of het wachtwoord klopt niet. Probeer het opnieuw.";

    @Test
    void loginPagePassesAxe() {
        page.navigate(url("/inloggen"));

        assertThat(page.locator("h1")).hasText("Inloggen");
        assertThat(page.getByLabel("E-mailadres")).isVisible();
        assertThat(page.locator("main .utrecht-alert")).hasCount(0);
        assertAccessible(page);
    }

    @Test
    void loginPageWithTheErrorShownPassesAxe() {
        page.navigate(url("/inloggen"));
        // An address without an account, so that no demo account comes nearer to the throttle.
        page.getByLabel("E-mailadres").fill("niemand-" + UUID.randomUUID() + "@omkijken.test");
        page.getByLabel("Wachtwoord").fill("geen-wachtwoord");
        page.locator("main button[type=submit]").click();

        assertThat(page.locator("main .utrecht-alert")).hasText(FAILED);
        assertThat(page.locator("main .utrecht-alert")).hasAttribute("role", "alert");
        assertAccessible(page);
    }

    @Test
    void signsInWithTheKeyboardOnlyAndLandsOnTheStartPage() {
        page.navigate(url("/inloggen"));

        tabToElement(page, "#email");
        page.keyboard().type("beheer@omkijken.test");
        page.keyboard().press("Tab");
        assertThat(page.locator(":focus")).hasAttribute("id", "password");
        page.keyboard().type(DEMO_PASSWORD);
        page.keyboard().press("Enter");

        assertThat(page).hasURL(url("/"));
        assertThat(page.locator("h1")).hasText("Omkijken naar elkaar in Zwolle");
        assertThat(page.locator(".omk-nav__name")).hasText("Ingelogd als Kees");
    }

    @Test
    void aWrongPasswordShowsTheDutchMessageAndKeepsTheVisitorSignedOut() {
        page.navigate(url("/inloggen"));
        page.getByLabel("E-mailadres").fill("vrijwilliger@omkijken.test");
        page.getByLabel("Wachtwoord").fill("Omkijken-demo-2025");
        page.locator("main button[type=submit]").click();

        assertThat(page).hasURL(url("/inloggen?fout"));
        assertThat(page.locator("main .utrecht-alert")).hasText(FAILED);
        assertThat(page.locator(".omk-nav__name")).hasCount(0);
    }

    @Test
    void signsOutWithTheKeyboard() {
        signIn(page, "beheer@omkijken.test", DEMO_PASSWORD);
        page.navigate(url("/"));
        assertThat(page.locator("main .utrecht-alert")).hasCount(0);

        tabTo(page, "Uitloggen");
        page.keyboard().press("Enter");

        assertThat(page).hasURL(url("/?uitgelogd"));
        assertThat(page.locator("main .utrecht-alert")).hasText("Je bent uitgelogd.");
        assertThat(page.locator(".omk-nav__name")).hasCount(0);
        page.navigate(url("/beheer/accounts"));
        assertThat(page).hasURL(url("/inloggen"));
    }

    @Test
    void fitsAPhoneScreenWithoutScrollingSideways() {
        page.setViewportSize(360, 740);
        page.navigate(url("/inloggen"));

        assertFitsWidth(page, 360);
        assertFormInside(page, 360);
        assertAccessible(page);
    }

    @Test
    void fitsADesktopScreenWithoutScrollingSideways() {
        page.setViewportSize(1280, 800);
        page.navigate(url("/inloggen"));

        assertFitsWidth(page, 1280);
        assertFormInside(page, 1280);
        assertAccessible(page);
    }

    @Test
    void signsInOnAPhoneScreen() {
        page.setViewportSize(360, 740);
        signIn(page, "beheer@omkijken.test", DEMO_PASSWORD);

        assertThat(page.locator(".omk-nav__name")).hasText("Ingelogd als Kees");
        assertFitsWidth(page, 360);
    }

    private static void assertFitsWidth(Page page, int width) {
        var scrollWidth = (Integer) page.evaluate("() => document.documentElement.scrollWidth");
        assertThat(scrollWidth)
                .as("page width at a %d pixel wide window", width)
                .isLessThanOrEqualTo(width);
    }

    /** Every part of the form lies inside the window, so nothing needs scrolling sideways to reach. */
    private static void assertFormInside(Page page, int width) {
        for (var selector : new String[] {"#email", "#password", "main button[type=submit]"}) {
            var box = page.locator(selector).boundingBox();
            assertThat(box.x + box.width).as("right edge of %s", selector).isLessThanOrEqualTo(width);
        }
    }
}
