package nl.omkijken.audit;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.regex.Pattern;
import nl.omkijken.BrowserTests;
import org.junit.jupiter.api.Test;

/** The administrator finds the access log from the menu, narrows it with the filters, and every page passes axe. */
class AccessLogBrowserTests extends BrowserTests {

    @Test
    void theAdministratorFiltersTheAccessLogByStaffMemberAndWhatWasSeen() {
        signIn(page, "beheer@omkijken.test", DEMO_PASSWORD);
        page.navigate(url("/beheer/accounts"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Inzage"))
                .click();

        assertThat(page.locator("h1")).hasText("Wie keek naar persoonsgegevens?");
        assertThat(page.locator("tbody tr").first()).containsText("De lijst met alle accounts");
        assertAccessible(page);

        page.getByLabel("E-mailadres van de medewerker").fill("beheer@omkijken.test");
        page.getByLabel("Wat is bekeken").selectOption(new SelectOption().setLabel("De lijst met alle accounts"));
        var today = LocalDate.now(ZoneId.of("Europe/Amsterdam")).toString();
        page.getByLabel("Vanaf datum").fill(today);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Laat zien"))
                .click();

        assertThat(page).hasURL(Pattern.compile("medewerker=beheer%40omkijken.test.*soort=account-list"));
        var rows = page.locator("tbody tr");
        assertThat(rows.first()).containsText("Kees");
        assertThat(rows.filter(new Locator.FilterOptions().setHasNotText("De lijst met alle accounts")))
                .hasCount(0);
        assertThat(page.getByLabel("E-mailadres van de medewerker")).hasValue("beheer@omkijken.test");
        assertAccessible(page);

        page.getByLabel("E-mailadres van de medewerker").fill("niemand@omkijken.test");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Laat zien"))
                .click();
        assertThat(page.getByText("Er is geen account met dit e-mailadres.")).isVisible();
        assertThat(page.getByLabel("E-mailadres van de medewerker")).hasAttribute("aria-invalid", "true");
        assertAccessible(page);
    }
}
