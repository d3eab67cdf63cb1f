package nl.omkijken.finder;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a search is about help between residents, so that the results page also points to asking for or
 * offering help. The finder only links there; it knows nothing of the help module.
 */
final class HelpTopics {

    static final String THEME = "hulp-en-maatjes";

    private static final Set<String> WORDS = Set.of(
            "hulp",
            "help",
            "helpen",
            "hulpvraag",
            "maatje",
            "maatjes",
            "buddy",
            "eenzaam",
            "eenzaamheid",
            "alleen",
            "wandelen",
            "wandelmaatje",
            "boodschappen",
            "klus",
            "klusje",
            "klusjes",
            "gezelschap",
            "oproep",
            "oproepen",
            "burenhulp");

    private HelpTopics() {}

    static boolean isAbout(SearchQuery query) {
        if (THEME.equals(query.thema())) {
            return true;
        }
        var folded = Normalizer.normalize(query.q(), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
        return Arrays.stream(folded.split("[^\\p{L}\\p{N}]+")).anyMatch(WORDS::contains);
    }
}
