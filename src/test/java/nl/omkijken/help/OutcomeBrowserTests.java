package nl.omkijken.help;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.UUID;
import nl.omkijken.BrowserTests;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Answering "Is het gelukt?" on a phone, and the figures a policy advisor reads: no axe violations. */
class OutcomeBrowserTests extends BrowserTests {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aResidentAnswersOnTheLinkFromTheMail() {
        var token = (UUID.randomUUID().toString() + UUID.randomUUID())
                .replace("-", "")
                .substring(0, 43);
        jdbc.update(
                "insert into help_outcome_question (id, municipality_code, match_id, kind, category, district_code,"
                        + " token, due_at, sent_at) values (?, 'GM0193', ?, 'POST', 'WALKING', 'WK019313', ?, now(),"
                        + " now())",
                UUID.randomUUID(),
                UUID.randomUUID(),
                token);
        var phone = new Browser.NewContextOptions().setLocale("nl-NL").setViewportSize(375, 740);
        try (var context = newVisitor(phone)) {
            var page = context.newPage();
            page.navigate(url("/hulp/gelukt/" + token));
            assertThat(page.locator("h1")).hasText("Is het gelukt?");
            assertAccessible(page);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Antwoord sturen"))
                    .click();
            assertThat(page.getByText("Kies een antwoord.")).isVisible();
            assertAccessible(page);
            page.getByLabel("Ja, het is gelukt").check();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Antwoord sturen"))
                    .click();
            assertThat(page.getByText("Dank je wel voor je antwoord!")).isVisible();
            assertAccessible(page);
        }
        org.assertj.core.api.Assertions.assertThat(jdbc.queryForObject(
                        "select answer from help_outcome_question where token = ?", String.class, token))
                .isEqualTo("YES");
    }

    @Test
    void aPolicyAdvisorFiltersTheFigures() {
        try (var context = newVisitor()) {
            var page = context.newPage();
            signIn(page, "beleid@omkijken.test", DEMO_PASSWORD);
            page.navigate(url("/beleid/hulp"));
            assertThat(page.getByRole(AriaRole.TABLE)).containsText("Assendorp");
            page.getByLabel("Onderwerp").selectOption("WALKING");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Cijfers tonen"))
                    .click();
            assertThat(page.getByLabel("Onderwerp")).hasValue("WALKING");
            assertAccessible(page);
        }
    }
}
