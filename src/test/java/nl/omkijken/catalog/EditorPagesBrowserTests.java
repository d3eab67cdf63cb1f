package nl.omkijken.catalog;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import nl.omkijken.BrowserTests;
import org.junit.jupiter.api.Test;

/** The editors' pages pass axe and read right. */
class EditorPagesBrowserTests extends BrowserTests {

    @Test
    void theQueueFreshnessDashboardDuplicatesAndTaxonomyPassAxe() {
        signIn(page, "redactie@omkijken.test", DEMO_PASSWORD);

        page.navigate(url("/redactie"));
        assertThat(page.locator("h1")).hasText("Redactie: ingediend aanbod");
        assertAccessible(page);

        page.getByText("Actualiteit per aanbieder bekijken").click();
        assertThat(page.locator("h1")).hasText("Actualiteit per aanbieder");
        assertThat(page.locator("tbody tr").first()).isVisible();
        assertAccessible(page);

        page.navigate(url("/redactie/dubbel"));
        assertThat(page.locator("h1")).hasText("Dubbel aanbod");
        assertAccessible(page);

        page.navigate(url("/redactie/taxonomie"));
        assertThat(page.locator("code", new Page.LocatorOptions().setHasText("ontmoeten")))
                .isVisible();
        assertAccessible(page);
    }
}
