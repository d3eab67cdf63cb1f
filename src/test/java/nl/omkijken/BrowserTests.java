package nl.omkijken;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base for tests of what a person sees: the running application in Debian's Chromium, driven by Playwright, with
 * axe-core checking WCAG 2.1 AA. Without Chromium the tests are skipped with a message, except in CI
 * ({@code CI} set), where a missing browser fails the build.
 */
@IntegrationTest
@Tag("browser")
public abstract class BrowserTests {

    public static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));
    public static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    /** Forms with a check box per organisation are long; a person can still tab through them. */
    private static final int MAX_TABS = 150;

    public static final String DEMO_PASSWORD = "Omkijken-demo-2026";

    // One browser serves every test class; it goes when the test JVM exits.
    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    protected int port;

    protected BrowserContext context;
    protected Page page;

    @BeforeAll
    static void launchBrowser() {
        if (!Files.isExecutable(CHROMIUM)) {
            if (System.getenv("CI") != null) {
                fail("CI is set but there is no Chromium at " + CHROMIUM + "; install Debian's chromium package");
            }
            assumeTrue(false, "Browser tests skipped: no Chromium at " + CHROMIUM + " (apt-get install chromium)");
        }
        if (browser == null) {
            playwright = Playwright.create(
                    new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
            browser = playwright
                    .chromium()
                    .launch(new BrowserType.LaunchOptions()
                            .setExecutablePath(CHROMIUM)
                            .setArgs(List.of(
                                    "--no-sandbox",
                                    "--disable-gpu",
                                    "--disable-quic",
                                    "--no-first-run",
                                    "--disable-background-networking",
                                    "--disable-component-update",
                                    "--disable-sync")));
        }
    }

    @BeforeEach
    void openPage() {
        context = browser.newContext(new Browser.NewContextOptions().setLocale("nl-NL"));
        page = context.newPage();
    }

    @AfterEach
    void closePage() {
        context.close();
    }

    /** A second, independent visitor: its own cookies and session. Close it when done. */
    protected BrowserContext newVisitor() {
        return newVisitor(new Browser.NewContextOptions().setLocale("nl-NL"));
    }

    /** A visitor with a screen size or other settings of its own. Close it when done. */
    protected BrowserContext newVisitor(Browser.NewContextOptions options) {
        return browser.newContext(options);
    }

    /** Signs in through the form with the mouse; for tests whose subject is what comes after. */
    protected void signIn(Page page, String email, String password) {
        page.navigate(url("/inloggen"));
        page.getByLabel("E-mailadres").fill(email);
        page.getByLabel("Wachtwoord").fill(password);
        page.locator("main form[action$='/inloggen'] button[type=submit]").click();
        PlaywrightAssertions.assertThat(page.locator(".omk-nav__name")).containsText("Ingelogd als");
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Fails with the rule, its help text and the offending elements for every WCAG 2.1 AA violation. */
    protected void assertAccessible(Page page) {
        var violations = new AxeBuilder(page).withTags(WCAG_21_AA).analyze().getViolations();
        var report = violations.stream()
                .map(v -> v.getId() + ": " + v.getHelp() + " at "
                        + v.getNodes().stream()
                                .map(n -> n.getTarget().toString())
                                .toList())
                .toList();
        assertThat(report).as("axe WCAG 2.1 AA violations on " + page.url()).isEmpty();
    }

    /** Presses Tab until the element with this text has focus; fails if it is not reached within MAX_TABS presses. */
    protected void tabTo(Page page, String visibleText) {
        for (var i = 0; i < MAX_TABS; i++) {
            page.keyboard().press("Tab");
            var focused = (String) page.evaluate("() => document.activeElement ? document.activeElement.innerText"
                    + " || document.activeElement.value || '' : ''");
            if (focused != null && focused.strip().equals(visibleText)) {
                return;
            }
        }
        fail("Could not reach '" + visibleText + "' within " + MAX_TABS + " presses of the Tab key on " + page.url());
    }

    /** Presses Tab until the element matching this CSS selector has focus, such as an empty text field. */
    protected void tabToElement(Page page, String selector) {
        for (var i = 0; i < MAX_TABS; i++) {
            page.keyboard().press("Tab");
            if ((Boolean) page.evaluate(
                    "s => document.activeElement !== null && document.activeElement.matches(s)", selector)) {
                return;
            }
        }
        fail("Could not reach '" + selector + "' within " + MAX_TABS + " presses of the Tab key on " + page.url());
    }
}
