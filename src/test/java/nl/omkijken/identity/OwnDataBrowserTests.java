package nl.omkijken.identity;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import nl.omkijken.BrowserTests;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A new resident opens "Mijn gegevens" from the menu, downloads it, and deletes their account: first without, then with
 * the tick.
 */
class OwnDataBrowserTests extends BrowserTests {

    @Autowired
    AccountAdministration administration;

    @Autowired
    Invitations invitations;

    @Test
    void aResidentSeesTheirDataAndDeletesTheirAccount() {
        var resident = FreshAccounts.activated(administration, invitations, DEMO_PASSWORD, Role.RESIDENT);
        signIn(page, resident.email(), DEMO_PASSWORD);

        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Mijn gegevens").setExact(true))
                .first()
                .click();
        assertThat(page.locator("h1")).hasText("Mijn gegevens");
        assertThat(page.getByText(resident.email())).isVisible();
        assertThat(page.getByText("Inwoner", new Page.GetByTextOptions().setExact(true)))
                .isVisible();
        assertAccessible(page);

        var download = page.waitForDownload(
                () -> page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Download mijn gegevens"))
                        .click());
        org.assertj.core.api.Assertions.assertThat(download.suggestedFilename())
                .isEqualTo("omkijken-mijn-gegevens.json");
        org.assertj.core.api.Assertions.assertThat(readJson(download.path())).contains(resident.email());

        var delete = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Verwijder mijn account"));
        delete.click();
        var refusal = page.getByText("Zet een vinkje als je zeker weet dat je je account wilt verwijderen.");
        assertThat(refusal).isVisible();
        assertThat(page.getByLabel("Ja, verwijder mijn account en alles wat erbij hoort"))
                .hasAttribute("aria-describedby", "confirmed-error");
        assertAccessible(page);

        page.getByLabel("Ja, verwijder mijn account en alles wat erbij hoort").check();
        delete.click();
        assertThat(page).hasURL(url("/?verwijderd"));
        assertThat(page.getByText("Je account is verwijderd, met alles wat erbij hoorde. Je bent uitgelogd."))
                .isVisible();
        assertThat(page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Inloggen").setExact(true)))
                .isVisible();
        assertThat(page.locator(".omk-nav__name")).hasCount(0);
        assertAccessible(page);

        page.navigate(url("/mijn-gegevens"));
        assertThat(page).hasURL(java.util.regex.Pattern.compile("/inloggen"));
    }

    private static String readJson(java.nio.file.Path file) {
        try {
            return java.nio.file.Files.readString(file, java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
