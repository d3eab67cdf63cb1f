package nl.omkijken.help.buddy;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import nl.omkijken.BrowserTests;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** A coordinator takes two intakes, reads why they fit, and confirms the match: no axe violations on the way. */
class CoordinatorBrowserTests extends BrowserTests {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aCoordinatorMatchesAResidentWithAVolunteer() {
        try (var context = newVisitor()) {
            var page = context.newPage();
            signIn(page, BuddyFixtures.coordinatorOfNewInitiative(jdbc), DEMO_PASSWORD);
            page.navigate(url("/coordinator"));
            assertAccessible(page);

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Intake van een vrijwilliger"))
                    .click();
            fill(page, "Amira");
            page.getByLabel("Arabisch").check();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Intake opslaan"))
                    .click();
            assertThat(page.getByText("De intake is opgeslagen.")).isVisible();

            page.navigate(url("/coordinator"));
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Intake van een inwoner"))
                    .click();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Intake opslaan"))
                    .click();
            assertThat(page.getByText("Vraag eerst toestemming.")).isVisible();
            assertAccessible(page);
            fill(page, "Fatima");
            page.getByLabel("Arabisch").check();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Intake opslaan"))
                    .click();

            assertThat(page.locator("h1")).hasText("Fatima, inwoner");
            assertThat(page.getByText(
                            "spreken allebei Arabisch en Nederlands", new Page.GetByTextOptions().setExact(false)))
                    .isVisible();
            assertAccessible(page);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Fatima en Amira koppelen"))
                    .click();
            assertThat(page.getByText("Gekoppeld! Over twee weken vragen we allebei of het gelukt is."))
                    .isVisible();
            assertAccessible(page);

            page.navigate(url("/coordinator/wachtlijst"));
            assertThat(page.getByText("Er zijn nu geen paren die bij elkaar passen."))
                    .isVisible();
            assertAccessible(page);
        }
    }

    private static void fill(Page page, String name) {
        page.getByLabel("Voornaam").fill(name);
        page.getByLabel("Buurt").selectOption("BU01931340");
        page.locator("#slot-TUESDAY_MORNING").check();
        page.getByLabel("wandelen", new Page.GetByLabelOptions().setExact(true)).check();
        page.getByLabel("lopend").check();
        page.getByLabel("Hoe ver wil hij of zij reizen, in kilometers?").fill("3");
        page.getByLabel("Hij of zij weet wat we bewaren en waarom, en vindt dat goed.")
                .check();
    }
}
