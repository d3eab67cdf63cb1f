package nl.omkijken.finder;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.util.LinkedMultiValueMap;

class HelpTopicsTests {

    @ParameterizedTest
    @ValueSource(strings = {"hulp", "Iemand om mee te wandelen", "maatje gezocht", "ik ben eenzaam", "Boodschappen"})
    void findsSearchesAboutHelp(String words) {
        assertThat(HelpTopics.isAbout(query("q", words))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"zwemmen", "koffie-inloop", "schulden", "hulpmiddelen"})
    void leavesOtherSearchesAlone(String words) {
        assertThat(HelpTopics.isAbout(query("q", words))).isFalse();
    }

    @org.junit.jupiter.api.Test
    void theThemeOfHelpAndBuddiesCounts() {
        assertThat(HelpTopics.isAbout(query("thema", HelpTopics.THEME))).isTrue();
    }

    private static SearchQuery query(String name, String value) {
        var parameters = new LinkedMultiValueMap<String, String>();
        parameters.add(name, value);
        return SearchQuery.of(parameters);
    }
}
