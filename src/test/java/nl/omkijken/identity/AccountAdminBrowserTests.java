package nl.omkijken.identity;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.net.URI;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import nl.omkijken.BrowserTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AccountAdminBrowserTests extends BrowserTests {

    private static final Map<String, String> DEMO_ROLES = Map.of(
            "inwoner@omkijken.test", "Inwoner",
            "vrijwilliger@omkijken.test", "Vrijwilliger",
            "aanbieder@omkijken.test", "Medewerker aanbieder",
            "aanbiederbeheer@omkijken.test", "Beheerder aanbieder",
            "redactie@omkijken.test", "Redacteur",
            "coordinator@omkijken.test", "Coördinator",
            "wijkteam@omkijken.test", "Wijkteam",
            "beleid@omkijken.test", "Beleidsadviseur",
            "beheer@omkijken.test", "Beheerder");

    private static final String NEW_PASSWORD = "een zin om te onthouden";

    @BeforeEach
    void signInAsAdministrator() {
        signIn(page, "beheer@omkijken.test", DEMO_PASSWORD);
    }

    @Test
    void listsTheNineDemoAccountsWithDutchRoleNamesAndPassesAxe() {
        page.navigate(url("/beheer/accounts"));

        assertThat(page.locator("h1")).hasText("Accounts");
        var rows = page.locator("tbody tr");
        assertThat(rows.filter(new Locator.FilterOptions().setHasText("(demo)")))
                .hasCount(9);
        DEMO_ROLES.forEach((email, role) -> {
            var row = page.locator("tbody tr:has(td:nth-child(2):text-is('" + email + "'))");
            assertThat(row).hasCount(1);
            assertThat(row.locator("td").nth(2)).hasText(role);
            assertThat(row.locator("td").nth(4)).containsText("Actief");
        });
        assertAccessible(page);
    }

    @Test
    void invitesSomeoneByKeyboardWhoThenChoosesAPasswordAndSignsIn() {
        var email = "genodigde-" + UUID.randomUUID() + "@omkijken.test";
        page.navigate(url("/beheer/accounts"));
        tabTo(page, "Iemand uitnodigen");
        page.keyboard().press("Enter");
        assertThat(page.locator("h1")).hasText("Iemand uitnodigen");

        tabTo(page, "Uitnodigen");
        page.keyboard().press("Enter");
        assertErrorBeside(page, "displayName", "Vul dit veld in.");
        assertErrorBeside(page, "email", "Vul dit veld in.");
        assertAccessible(page);

        tabToElement(page, "#displayName");
        page.keyboard().type("Geertje");
        tabToElement(page, "#email");
        page.keyboard().type(email);
        tabToElement(page, "input[type=checkbox][value=VOLUNTEER]");
        page.keyboard().press("Space");
        assertThat(page.getByLabel("Vrijwilliger", new Page.GetByLabelOptions().setExact(true)))
                .isChecked();
        tabTo(page, "Uitnodigen");
        page.keyboard().press("Enter");

        assertThat(page).hasURL(Pattern.compile(".*/beheer/accounts/[0-9a-f-]{36}$"));
        assertThat(page.locator("h1")).hasText("Account van Geertje");
        assertThat(page.locator("[role=status]").first())
                .containsText("Er kon geen e-mail worden verstuurd. Geef deze link zelf door aan " + email);
        assertThat(statusOf(page)).hasText("Uitgenodigd");
        assertAccessible(page);
        var link = page.locator("[role=status] code").innerText();
        assertThat(link).contains("/uitnodiging/");

        try (var invitee = newVisitor()) {
            var inviteePage = invitee.newPage();
            choosePassword(inviteePage, link);
            signIn(inviteePage, email, NEW_PASSWORD);
            assertThat(inviteePage.locator(".omk-nav__name")).hasText("Ingelogd als Geertje");
        }
    }

    @Test
    void deactivatingAnAccountShowsItsStatusAndSignsThePersonOut() {
        var email = "uit-te-schakelen-" + UUID.randomUUID() + "@omkijken.test";
        var link = invite(page, "Willem", email);
        var accountPage = page.url();

        try (var invitee = newVisitor()) {
            var inviteePage = invitee.newPage();
            choosePassword(inviteePage, link);
            signIn(inviteePage, email, NEW_PASSWORD);

            page.navigate(accountPage);
            assertThat(statusOf(page)).hasText("Actief");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Account uitschakelen"))
                    .click();

            assertThat(page.locator("[role=status]")).hasText("Het account is uitgeschakeld.");
            assertThat(statusOf(page)).hasText("Uitgeschakeld");
            assertThat(page.getByText("Account weer inschakelen")).isVisible();
            assertAccessible(page);

            inviteePage.navigate(url("/"));
            assertThat(inviteePage).hasURL(url("/inloggen?verlopen"));
            assertThat(inviteePage.locator(".omk-nav__name")).hasCount(0);
        }
    }

    private String invite(Page page, String name, String email) {
        page.navigate(url("/beheer/accounts/uitnodigen"));
        page.getByLabel("Naam", new Page.GetByLabelOptions().setExact(true)).fill(name);
        page.getByLabel("E-mailadres").fill(email);
        page.getByLabel("Vrijwilliger", new Page.GetByLabelOptions().setExact(true))
                .check();
        page.locator("main button[type=submit]").click();
        assertThat(page.locator("h1")).hasText("Account van " + name);
        return page.locator("[role=status] code").innerText();
    }

    private void choosePassword(Page inviteePage, String link) {
        // The link names the configured public address; this test's server listens on another port.
        inviteePage.navigate(url(URI.create(link).getPath()));
        assertThat(inviteePage.locator("h1")).containsText("Welkom");
        inviteePage.getByLabel("Nieuw wachtwoord").fill(NEW_PASSWORD);
        inviteePage.getByLabel("Herhaal het wachtwoord").fill(NEW_PASSWORD);
        inviteePage.locator("main button[type=submit]").click();
        assertThat(inviteePage).hasURL(url("/inloggen?welkom"));
        assertThat(inviteePage.locator("[role=status]")).hasText("Je wachtwoord is opgeslagen. Je kunt nu inloggen.");
    }

    private static void assertErrorBeside(Page page, String field, String message) {
        var input = page.locator("#" + field);
        var error = page.locator("#" + field + "-error");
        assertThat(error).hasText(message);
        assertThat(input).hasAttribute("aria-invalid", "true");
        assertThat(input).hasAttribute("aria-describedby", field + "-error");
        assertThat(input).hasAccessibleDescription(message);
    }

    private static Locator statusOf(Page page) {
        return page.locator(".omk-facts dt:has-text('Status') + dd");
    }
}
