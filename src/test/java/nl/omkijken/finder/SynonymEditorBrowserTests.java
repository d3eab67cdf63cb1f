package nl.omkijken.finder;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import java.time.Clock;
import java.time.LocalDate;
import nl.omkijken.BrowserTests;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An editor, by keyboard only on a phone and on a desktop, finds a search that found nothing and turns it into a
 * search word; every page on the way passes axe, and residents find the offer by that word at once.
 */
class SynonymEditorBrowserTests extends BrowserTests {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"375, 740", "1280, 900"})
    void anEditorAddsASearchWordForASearchThatFoundNothing(int width, int height) {
        var word = SynonymPages.unique();
        // More searches than any other test writes, so that it is on the first page.
        jdbc.update(
                "insert into search_gap (day, query, district_code, searches) values (?, ?, 'WK019310', 9000000)",
                LocalDate.now(clock),
                word);
        var visitor =
                newVisitor(new Browser.NewContextOptions().setLocale("nl-NL").setViewportSize(width, height));
        var page = visitor.newPage();
        signIn(page, "redactie@omkijken.test", DEMO_PASSWORD);
        page.navigate(url("/zoeken?q=" + word));
        assertThat(page.locator("main")).containsText("We hebben niets gevonden");

        page.navigate(url("/redactie"));
        tabTo(page, "Zoekwoorden en wat inwoners niet vonden");
        page.keyboard().press("Enter");
        assertThat(page.locator("h1")).hasText("Zoekwoorden");
        assertAccessible(page);

        tabTo(page, "Waar zochten inwoners op zonder iets te vinden?");
        page.keyboard().press("Enter");
        assertThat(page.locator("h1")).hasText("Gezocht, niets gevonden");
        assertThat(page.locator(".omk-gap", new Page.LocatorOptions().setHasText(word)))
                .containsText("Binnenstad");
        assertAccessible(page);

        tabTo(page, "Synoniem toevoegen voor ‘" + word + "’");
        page.keyboard().press("Enter");
        assertThat(page.locator("#word")).hasValue(word);
        tabToElement(page, "#alternatives");
        page.keyboard().press("Enter");
        assertThat(page.locator("#alternatives-error")).hasText("Vul minstens één woord in dat in het aanbod staat.");
        assertThat(page.locator("#alternatives")).hasAttribute("aria-invalid", "true");
        assertAccessible(page);

        tabToElement(page, "#alternatives");
        page.keyboard().type("stadswandeling, wandelen");
        page.keyboard().press("Enter");
        assertThat(page.locator("[role=status]")).containsText("Het zoekwoord ‘" + word + "’ is toegevoegd.");
        assertThat(page.locator("tr", new Page.LocatorOptions().setHasText(word)))
                .containsText("stadswandeling, wandelen");
        assertThat(page.locator("li", new Page.LocatorOptions().setHasText(word)))
                .containsText("redactie@omkijken.test heeft ‘" + word + "’ toegevoegd.");
        assertAccessible(page);

        page.navigate(url("/zoeken?q=" + word));
        assertThat(page.locator(".omk-results")).containsText("Stadswandeling met een verhaal");
        visitor.close();
    }
}
