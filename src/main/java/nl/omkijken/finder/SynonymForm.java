package nl.omkijken.finder;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.regex.Pattern;
import nl.omkijken.catalog.FormError;

/**
 * A word residents type and the catalog's words it stands for, as an editor writes them: the alternatives separated
 * by commas.
 */
record SynonymForm(
        @NotBlank @Size(max = MAX_WORD) String word,
        @NotBlank String alternatives) {

    static final int MAX_WORD = 40;
    static final int MAX_ALTERNATIVES = 20;
    static final int MAX_ALTERNATIVE = 60;

    /** Letters (with their accents), digits, hyphens and apostrophes; alternatives may also hold spaces. */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}'’-]+");

    private static final Pattern ALTERNATIVE = Pattern.compile("[\\p{L}\\p{M}\\p{N}'’ -]+");

    SynonymForm {
        word = tidy(word);
        alternatives = alternatives == null ? "" : Normalizer.normalize(alternatives, Normalizer.Form.NFC);
    }

    static SynonymForm of(String word, List<String> alternatives) {
        return new SynonymForm(word, String.join(", ", alternatives));
    }

    /** Whether a word could be saved as it is: one word, of characters a search word may have. */
    static boolean isWord(String word) {
        return word.length() <= MAX_WORD && WORD.matcher(word).matches();
    }

    /** The alternatives without blanks or repeats, in the order written. */
    List<String> alternativeList() {
        var distinct = new LinkedHashMap<String, String>();
        Arrays.stream(alternatives.split(","))
                .map(SynonymForm::tidy)
                .filter(a -> !a.isEmpty())
                .forEach(a -> distinct.putIfAbsent(Synonyms.normalise(a), a));
        return List.copyOf(distinct.values());
    }

    /** What Bean Validation cannot say: a space in the word, odd characters, too many or too long alternatives. */
    List<FormError> problems() {
        var problems = new ArrayList<FormError>();
        if (word.chars().anyMatch(Character::isWhitespace)) {
            problems.add(new FormError("word", "synonyms.word.space"));
        } else if (!word.isEmpty() && !WORD.matcher(word).matches()) {
            problems.add(new FormError("word", "synonyms.word.characters"));
        }
        var list = alternativeList();
        if (list.isEmpty() && !alternatives.isBlank()) {
            problems.add(new FormError("alternatives", "NotBlank"));
        } else if (list.size() > MAX_ALTERNATIVES) {
            problems.add(new FormError("alternatives", "synonyms.alternatives.tooMany"));
        } else if (list.stream().anyMatch(a -> a.length() > MAX_ALTERNATIVE)) {
            problems.add(new FormError("alternatives", "synonyms.alternatives.tooLong"));
        } else if (list.stream().anyMatch(a -> !ALTERNATIVE.matcher(a).matches())) {
            problems.add(new FormError("alternatives", "synonyms.alternatives.characters"));
        }
        return problems;
    }

    private static String tidy(String text) {
        return text == null
                ? ""
                : Normalizer.normalize(text, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ");
    }
}
