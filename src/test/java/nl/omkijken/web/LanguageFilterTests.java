package nl.omkijken.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageFilterTests {

    private static final String ORIGIN = "http://localhost:8080";

    private static String english(String url) {
        return LanguageFilter.withLanguage(url, ORIGIN, Language.ENGLISH);
    }

    @Test
    void addsTheLanguageToLinksWithinTheSite() {
        assertThat(english("/wijken/WK019310")).isEqualTo("/wijken/WK019310?lang=en");
        assertThat(english("/inloggen?fout")).isEqualTo("/inloggen?fout&lang=en");
        assertThat(english("/#wijken")).isEqualTo("/?lang=en#wijken");
        assertThat(english(ORIGIN + "/inloggen")).isEqualTo(ORIGIN + "/inloggen?lang=en");
    }

    @Test
    void leavesOtherSitesStylesheetsAndExplicitChoicesAlone() {
        assertThat(english("https://www.zwolle.nl/")).isEqualTo("https://www.zwolle.nl/");
        assertThat(english("//cdn.example.org/x.js")).isEqualTo("//cdn.example.org/x.js");
        assertThat(english("/css/omkijken.css")).isEqualTo("/css/omkijken.css");
        assertThat(english("/vendor/nlds/voorbeeld-theme.css")).isEqualTo("/vendor/nlds/voorbeeld-theme.css");
        assertThat(english("/?lang=nl")).isEqualTo("/?lang=nl");
    }
}
