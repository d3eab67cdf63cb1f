package nl.omkijken.catalog;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.options.FilePayload;
import java.util.Arrays;
import nl.omkijken.BrowserTests;
import org.junit.jupiter.api.Test;

/** A file over the upload limit gets a Dutch page that leads back to the form, not the server's own error page. */
class UploadRefusalBrowserTests extends BrowserTests {

    @Test
    void aFileOverTheLimitGetsADutchPageWithAWayBack() {
        signIn(page, "aanbieder@omkijken.test", DEMO_PASSWORD);
        page.navigate(url("/aanbieder"));
        page.getByText("Aanbod inlezen uit een bestand").first().click();
        var importPage = page.url();

        var twelveMegabytes = new byte[12 * 1024 * 1024];
        Arrays.fill(twelveMegabytes, (byte) 'a');
        page.setInputFiles("#file", new FilePayload("groot.csv", "text/csv", twelveMegabytes));
        var response = page.waitForResponse(
                r -> r.request().method().equals("POST"),
                () -> page.getByText("Alleen controleren").click());

        assertThat(page.locator("h1")).hasText("Het bestand is niet ontvangen");
        org.assertj.core.api.Assertions.assertThat(response.status()).isEqualTo(413);
        org.assertj.core.api.Assertions.assertThat(page.content()).doesNotContain("Tomcat", "Exception");
        assertAccessible(page);

        page.getByText("Terug naar het formulier").click();
        assertThat(page).hasURL(importPage);
        assertThat(page.locator("#file")).isVisible();
    }
}
