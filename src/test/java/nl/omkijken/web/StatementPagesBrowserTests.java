package nl.omkijken.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import nl.omkijken.BrowserTests;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StatementPagesBrowserTests extends BrowserTests {

    @ParameterizedTest
    @CsvSource({
        "/toegankelijkheid, nl, Toegankelijkheid",
        "/toegankelijkheid?lang=en, en, Accessibility",
        "/privacy, nl, Privacy",
        "/privacy?lang=en, en, Privacy"
    })
    void statementPassesAxeInItsLanguage(String path, String language, String heading) {
        var response = page.navigate(url(path));

        assertThat(response.status()).isEqualTo(200);
        assertThat(page.locator("html")).hasAttribute("lang", language);
        assertThat(page.locator("h1")).hasText(heading);
        assertAccessible(page);
    }

    @ParameterizedTest
    @CsvSource({
        "/, Toegankelijkheid, /toegankelijkheid, Toegankelijkheid",
        "/, Privacy, /privacy, Privacy",
        "/?lang=en, Accessibility, /toegankelijkheid?lang=en, Accessibility",
        "/?lang=en, Privacy, /privacy?lang=en, Privacy"
    })
    void footerLinkReachesTheStatementByKeyboard(String from, String link, String path, String heading) {
        page.navigate(url(from));

        tabTo(page, link);
        assertThat(page.locator("footer :focus")).hasText(link);
        page.keyboard().press("Enter");

        assertThat(page).hasURL(url(path));
        assertThat(page.locator("h1")).hasText(heading);
    }

    @ParameterizedTest
    @CsvSource({"/toegankelijkheid", "/privacy", "/toegankelijkheid?lang=en", "/privacy?lang=en"})
    void setsNoCookieForAnAnonymousVisitor(String path) {
        page.navigate(url(path));

        assertThat(page.locator("h1")).isVisible();
        assertThat(context.cookies()).isEmpty();
    }
}
