package nl.omkijken.finder;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The words residents use and what they mean in the catalog's words ("geldzorgen" is also schulden, budget,
 * formulieren). Read from the database at start and again after every change, so the list grows without a release.
 */
@Component
class Synonyms {

    private final JdbcTemplate jdbc;
    private volatile Map<String, List<String>> alternatives = Map.of();

    Synonyms(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        reload();
    }

    void reload() {
        alternatives = jdbc
                .query(
                        "select term, alternatives from search_synonym",
                        (row, i) -> Map.entry(normalise(row.getString(1)), split(row.getString(2))))
                .stream()
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a));
    }

    List<String> of(String word) {
        return alternatives.getOrDefault(normalise(word), List.of());
    }

    /** The alternatives as the table holds them, separated by commas. */
    static List<String> split(String alternatives) {
        return Arrays.stream(alternatives.split(","))
                .map(String::strip)
                .filter(a -> !a.isEmpty())
                .toList();
    }

    static String normalise(String word) {
        return java.text.Normalizer.normalize(word.strip().toLowerCase(Locale.ROOT), java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
    }
}
