package nl.omkijken.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitUntilState;
import java.util.ArrayList;
import java.util.regex.Pattern;
import nl.omkijken.BrowserTests;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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
        page.locator(".omk-district a", new Page.LocatorOptions().setHasText("Stadshagen"))
                .click();
        assertThat(page.locator("h1")).hasText("District Stadshagen");
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        assertAccessible(page);
    }

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"375, 740", "1280, 900"})
    void aResidentChoosesHerWijkByKeyboardAndThisBrowserAloneRemembersIt(int width, int height) {
        var visitor =
                newVisitor(new Browser.NewContextOptions().setLocale("nl-NL").setViewportSize(width, height));
        var page = visitor.newPage();
        var elsewhere = new ArrayList<String>();
        page.onRequest(request -> {
            if (!request.url().startsWith(url(""))) {
                elsewhere.add(request.url());
            }
        });
        var scriptErrors = new ArrayList<String>();
        page.onPageError(scriptErrors::add);

        page.navigate(url("/"));
        assertThat(page.locator("#wijk-form")).hasAttribute("data-remembered", "");
        tabToElement(page, "#mijn-wijk");
        page.keyboard().type("Stadshagen");
        assertThat(page.locator("#mijn-wijk")).hasValue("WK019322");
        tabTo(page, "Laat zien wat er is");
        page.keyboard().press("Enter");

        assertThat(page).hasURL(url("/?wijk=WK019322#in-je-wijk"));
        assertThat(page.locator("main")).containsText("Dit is er te doen in Stadshagen.");
        assertThat(page.locator("#vandaag")).hasText("Vandaag");
        assertThat(page.locator("#deze-week")).hasText("Deze week");
        assertThat(page.locator("#deze-week-lijst .omk-result").first()).isVisible();
        assertThat(page.getByText("De hele week in de agenda"))
                .hasAttribute("href", "/agenda?periode=week&wijk=WK019322");
        assertThat(storedWijk(page)).isEqualTo("WK019322");
        assertAccessible(page);

        // A later visit to the start page goes to the remembered wijk, without leaving "/" in the history.
        page.navigate(url("/toegankelijkheid"));
        // The script replaces the page while it loads, so wait for the address rather than for the first page.
        page.navigate(url("/"), new Page.NavigateOptions().setWaitUntil(WaitUntilState.COMMIT));
        assertThat(page).hasURL(url("/?wijk=WK019322"));
        assertThat(page.locator("#mijn-wijk")).hasValue("WK019322");
        assertThat(page.locator("#wijk-form")).hasAttribute("data-remembered", "WK019322");
        assertThat(page.locator("#vandaag")).isVisible();
        page.goBack();
        assertThat(page).hasURL(url("/toegankelijkheid"));
        page.goForward();
        assertThat(page).hasURL(url("/?wijk=WK019322"));

        tabTo(page, "Vergeet mijn wijk");
        page.keyboard().press("Enter");
        assertThat(page.locator("#wijk-status")).hasText("Deze browser onthoudt je wijk niet meer.");
        assertThat(page.locator("#vergeet-wijk")).isHidden();
        assertThat(page.locator("#mijn-wijk")).isFocused();
        assertThat(storedWijk(page)).isNull();
        assertAccessible(page);

        page.navigate(url("/"), new Page.NavigateOptions().setWaitUntil(WaitUntilState.COMMIT));
        assertThat(page.locator("#wijk-form")).hasAttribute("data-remembered", "");
        assertThat(page).hasURL(url("/"));
        assertThat(page.locator("#mijn-wijk")).hasValue("");

        assertThat(scriptErrors).isEmpty();
        assertThat(visitor.cookies()).isEmpty();
        assertThat(elsewhere).isEmpty();
        visitor.close();
    }

    @Test
    void withoutJavaScriptTheWijkTravelsInTheAddressAlone() {
        var visitor =
                newVisitor(new Browser.NewContextOptions().setLocale("nl-NL").setJavaScriptEnabled(false));
        var page = visitor.newPage();

        page.navigate(url("/"));
        page.locator("#mijn-wijk").selectOption("WK019310");
        page.getByText("Laat zien wat er is").click();
        assertThat(page).hasURL(url("/?wijk=WK019310#in-je-wijk"));
        assertThat(page.locator("main")).containsText("Dit is er te doen in Binnenstad.");
        assertThat(page.locator("#vergeet-wijk")).isHidden();

        page.navigate(url("/"));
        assertThat(page.locator("#mijn-wijk")).hasValue("");
        assertThat(page.locator("#vandaag")).hasCount(0);
        assertThat(visitor.cookies()).isEmpty();
        visitor.close();
    }

    @Test
    void anUnknownWijkGetsANoteBesideTheChoiceAndPassesAxe() {
        page.navigate(url("/?wijk=WK999999"));

        assertThat(page.locator("#mijn-wijk-error")).hasText("Deze wijk kennen we niet. Kies je wijk uit de lijst.");
        assertThat(page.locator("#mijn-wijk")).hasAttribute("aria-describedby", "mijn-wijk-error");
        assertThat(page).hasURL(Pattern.compile(".*/\\?wijk=WK999999$"));
        assertAccessible(page);
    }

    private static String storedWijk(Page page) {
        return (String) page.evaluate("() => window.localStorage.getItem('omkijken.wijk')");
    }
}
