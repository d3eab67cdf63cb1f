package nl.omkijken.help;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.UUID;
import nl.omkijken.BrowserTests;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** A resident asks for help, an editor approves it, and everyone sees it on /hulp without the phone number. */
class HelpPostBrowserTests extends BrowserTests {

    @Autowired
    JdbcTemplate jdbc;

    @ParameterizedTest
    @CsvSource({"375, 740", "1280, 900"})
    void aResidentsRequestReachesThePublicAfterTheEditorApprovesIt(int width, int height) {
        var size = new Browser.NewContextOptions().setLocale("nl-NL").setViewportSize(width, height);
        var words = "Ik zou graag eens per twee weken met iemand wandelen, code "
                + UUID.randomUUID().toString().substring(0, 8);

        try (var residentContext = newVisitor(size)) {
            var resident = residentContext.newPage();
            signIn(resident, HelpFixtures.resident(jdbc, "Trineke de Vries"), DEMO_PASSWORD);
            resident.navigate(url("/hulp/vragen"));
            assertThat(resident.getByLabel("Je voornaam")).hasValue("Trineke");
            resident.locator("main button[type=submit]").click();
            assertThat(resident.getByText("Kies waar het over gaat.")).isVisible();
            assertAccessible(resident);

            resident.getByLabel("Wandelen", new Page.GetByLabelOptions().setExact(true))
                    .check();
            resident.getByLabel("Wat wil je vragen? Schrijf het in je eigen woorden.")
                    .fill(words + ". Bel 06-12345678.");
            resident.getByLabel("Eens per twee weken").check();
            resident.locator("#slot-TUESDAY_MORNING").check();
            resident.getByLabel("In welke buurt woon je?").selectOption(HelpFixtures.PIERIK);
            assertAccessible(resident);
            resident.locator("main button[type=submit]").click();

            assertThat(resident.locator("h1")).hasText("Bedankt voor je oproep");
            assertThat(resident.getByText("een telefoonnummer")).isVisible();
            assertAccessible(resident);
            resident.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Mijn oproepen"))
                    .click();
            assertThat(resident.getByText("Wacht op de redactie").first()).isVisible();
            assertAccessible(resident);
        }

        try (var editorContext = newVisitor(size)) {
            var editor = editorContext.newPage();
            signIn(editor, "redactie@omkijken.test", DEMO_PASSWORD);
            editor.navigate(url("/redactie/hulp"));
            assertAccessible(editor);
            editor.locator("main ol a").last().click();
            assertThat(editor.getByText(words)).isVisible();
            assertAccessible(editor);
            editor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Goedkeuren en plaatsen"))
                    .click();
            assertThat(editor.getByText("De oproep staat nu op de site.")).isVisible();
        }

        try (var visitorContext = newVisitor(size)) {
            var visitor = visitorContext.newPage();
            visitor.navigate(url("/hulp"));
            var item = visitor.locator("li.omk-result", new Page.LocatorOptions().setHasText(words));
            assertThat(item).containsText("[weggehaald]");
            assertThat(item).not().containsText("06-12345678");
            assertThat(item).containsText("Pierik");
            assertAccessible(visitor);
            item.getByRole(AriaRole.LINK).click();
            assertThat(visitor.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Reageren")))
                    .isVisible();
            assertAccessible(visitor);
            org.assertj.core.api.Assertions.assertThat(visitorContext.cookies()).isEmpty();
        }
    }
}
