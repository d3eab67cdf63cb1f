package nl.omkijken.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import nl.omkijken.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@IntegrationTest
class PageShellTests {

    @Autowired
    MockMvcTester mvc;

    @LocalServerPort
    int port;

    @Test
    void anonymousPagesSetNoCookieAndStartNoSession() {
        for (var path : new String[] {"/", "/wijken/WK019310", "/toegankelijkheid", "/privacy", "/?lang=en"}) {
            var result = mvc.get().uri(path).exchange();
            assertThat(result).hasStatusOk();
            assertThat(result.getResponse().getHeaders("Set-Cookie")).as(path).isEmpty();
            assertThat(result.getRequest().getSession(false)).as(path).isNull();
        }
    }

    @Test
    void pagesAllowNothingFromAnotherHost() {
        var result = mvc.get().uri("/").exchange();

        assertThat(result)
                .headers()
                .hasValue("Content-Security-Policy", result.getResponse().getHeader("Content-Security-Policy"));
        assertThat(result.getResponse().getHeader("Content-Security-Policy"))
                .contains("default-src 'self'")
                .contains("frame-ancestors 'none'");
        assertThat(result).bodyText().doesNotContain("http://", "https://");
    }

    @Test
    void showsAMessageOnlyWhenThereIsSomethingToSay() {
        assertThat(mvc.get().uri("/")).bodyText().doesNotContain("utrecht-alert");
        assertThat(mvc.get().uri("/inloggen")).bodyText().doesNotContain("utrecht-alert");
        assertThat(mvc.get().uri("/?uitgelogd")).bodyText().contains("Je bent uitgelogd.");
        assertThat(mvc.get().uri("/inloggen?fout"))
                .bodyText()
                .contains("Het e-mailadres of het wachtwoord klopt niet.")
                .doesNotContain("Wacht 15 minuten");
    }

    @Test
    void dutchIsTheDefaultAndEnglishStaysInEveryLinkOnceChosen() {
        assertThat(mvc.get().uri("/")).bodyText().contains("<html lang=\"nl\"", "href=\"/?lang=en\"");

        assertThat(mvc.get().uri("/?lang=en"))
                .bodyText()
                .contains("<html lang=\"en\"")
                .contains("href=\"/wijken/WK019310?lang=en\"")
                .contains("href=\"/inloggen?lang=en\"")
                .contains("href=\"/?lang=nl\"")
                .contains("Looking out for each other in Zwolle");
    }

    @Test
    void anUnknownWijkIsANotFoundPageInDutch() throws Exception {
        // The servlet container renders error pages, so this goes over real HTTP rather than MockMvc.
        var response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/wijken/WK000000"))
                                .header("Accept", "text/html")
                                .build(),
                        HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("Deze pagina bestaat niet").doesNotContain("Exception");
        assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
    }
}
