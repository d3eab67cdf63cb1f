package nl.omkijken.catalog;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.util.UUID;
import nl.omkijken.BrowserTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** A provider publishes an offering with a weekly schedule, and an editor approves it, in a real browser. */
class ProviderFlowBrowserTests extends BrowserTests {

    @Autowired
    JdbcTemplate jdbc;

    UUID travers;

    @BeforeEach
    void traversHasAProviderProfile() {
        travers = CatalogFixtures.provider(jdbc, "Travers Welzijn");
    }

    @Test
    void aProviderCreatesAWeeklyOfferingAndAnEditorPublishesIt() {
        var title = "Koffie-inloop " + UUID.randomUUID().toString().substring(0, 8);
        signIn(page, "aanbieder@omkijken.test", DEMO_PASSWORD);

        page.navigate(url("/aanbieder/" + travers));
        assertAccessible(page);
        page.getByText("Nieuw aanbod").first().click();
        page.locator("main button[type=submit]").last().click();
        assertThat(page.locator(".utrecht-form-field-error-message").first()).isVisible();
        assertAccessible(page);

        page.getByLabel("Titel", new Page.GetByLabelOptions().setExact(true)).fill(title);
        page.getByLabel("Korte samenvatting").fill("Elke dinsdag koffie en een praatje in de buurtkamer.");
        page.getByLabel("Soort aanbod").selectOption("MEETING_PLACE");
        page.getByLabel("Ontmoeten").check();
        page.getByLabel("Ouderen").check();
        page.getByLabel("Betekenisvolle contacten en daginvulling (1.1.1)").check();
        page.getByLabel("Gewoon binnenlopen").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Opslaan als concept"))
                .click();
        assertThat(page.locator(".utrecht-alert--ok")).containsText("Het aanbod is opgeslagen.");

        page.getByText("Wanneer is het? (rooster)").click();
        assertAccessible(page);
        page.getByLabel("dinsdag").check();
        page.getByLabel("Begintijd").fill("10:00");
        page.getByLabel("Eindtijd").fill("12:00");
        page.getByLabel("Vanaf (of de datum)").fill(LocalDate.now().toString());
        page.getByText("Volgende data bekijken").click();
        assertThat(page.locator("[role=status] li")).hasCount(5);
        assertThat(page.locator("[role=status] li").first()).containsText("10:00 - 12:00");
        assertAccessible(page);
        page.getByText("Rooster opslaan").click();
        assertThat(page.locator(".omk-schedule h2")).hasText("Elke dinsdag, 10:00 tot 12:00");

        page.getByText("Terug naar het aanbod").click();
        page.getByText("Indienen bij de redactie").click();
        assertThat(page.locator(".utrecht-alert--ok")).containsText("ingediend");
        page.getByText("Uitloggen").click();

        signIn(page, "redactie@omkijken.test", DEMO_PASSWORD);
        page.navigate(url("/redactie"));
        assertThat(page.locator("main")).containsText(title);
        assertAccessible(page);
        page.getByText("Publiceren: " + title).click();
        assertThat(page.locator(".utrecht-alert--ok")).containsText("gepubliceerd");

        var state = jdbc.queryForObject("select review_state from offering where title = ?", String.class, title);
        assertThat(state).isEqualTo("PUBLISHED");
    }

    @Test
    void theProfileLocationAndImportPagesPassAxe() {
        signIn(page, "aanbieder@omkijken.test", DEMO_PASSWORD);

        for (var path : new String[] {"/profiel", "/locaties", "/locaties/nieuw", "/import"}) {
            page.navigate(url("/aanbieder/" + travers + path));
            assertThat(page.locator("h1")).isVisible();
            assertAccessible(page);
        }
    }
}
