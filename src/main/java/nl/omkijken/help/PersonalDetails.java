package nl.omkijken.help;

import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Takes phone numbers, e-mail addresses, postcodes and street addresses out of a resident's own words before they
 * are saved, so that a post never shows them, not even to the editors. What was taken out is named, so the author
 * can be told.
 */
final class PersonalDetails {

    static final String REMOVED = "[weggehaald]";

    /** A kind of detail that was taken out; its text is {@code help.post.removed.<NAME>}. */
    enum Kind {
        EMAIL,
        PHONE,
        POSTCODE,
        ADDRESS
    }

    /** The text with the details replaced, and which kinds there were. */
    record Cleaned(String text, Set<Kind> removed) {

        Cleaned {
            removed = removed.isEmpty() ? Set.of() : Set.copyOf(removed);
        }
    }

    private static final Pattern EMAIL = Pattern.compile(
            "[\\p{L}\\p{N}._%+-]+\\s?(?:@|\\(at\\)|\\[at\\])\\s?[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)+");

    /** Dutch numbers: 0, +31 or 0031, then nine digits, with spaces, dashes, dots or brackets between them. */
    private static final Pattern PHONE = Pattern.compile(
            "(?<![\\p{N}\\p{L}])(?:(?:\\+|00)\\s?31[\\s.-]*(?:\\(0\\)[\\s.-]*)?|\\(?0)(?:[\\s.()-]{0,3}\\p{N}){9}(?!\\p{N})");

    /**
     * 1234 AB or 1234AB or 1234ab. "2024 op" is a year and a word, so two lower-case letters only count without a
     * space between.
     */
    private static final Pattern POSTCODE =
            Pattern.compile("(?<![\\p{N}\\p{L}])[1-9]\\p{N}{3}(?:\\s?[A-Z]{2}|[a-z]{2})(?![\\p{L}\\p{N}])");

    private static final String STREETS = "straat|weg|laan|plein|steeg|singel|gracht|kade|dijk|pad|hof|park|dreef|"
            + "markt|wal|erf|ring|plantsoen|baan|veld|wijk|hoek|kamp|landen|akker|weide|brink|dam|haven|stoep|oord";

    /** A street name ending in a usual street word, then a house number, maybe with a letter: Kerkstraat 12a. */
    private static final Pattern ADDRESS = Pattern.compile(
            "(?<![\\p{L}])\\p{L}[\\p{L}'-]*(?:" + STREETS + ")\\s+\\p{N}{1,4}(?:\\s?-?\\s?[a-zA-Z](?![\\p{L}]))?"
                    + "(?![\\p{N}])(?!\\s*(?:keer|x|uur|minuten|min|km|kilometer|meter|dagen|weken|maanden|jaar)\\b)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private PersonalDetails() {}

    static Cleaned clean(String text) {
        var removed = EnumSet.noneOf(Kind.class);
        var result = replace(text, EMAIL, Kind.EMAIL, removed);
        result = replace(result, PHONE, Kind.PHONE, removed);
        result = replace(result, POSTCODE, Kind.POSTCODE, removed);
        result = replace(result, ADDRESS, Kind.ADDRESS, removed);
        return new Cleaned(result, removed);
    }

    private static String replace(String text, Pattern pattern, Kind kind, Set<Kind> removed) {
        var matcher = pattern.matcher(text);
        if (!matcher.find()) {
            return text;
        }
        removed.add(kind);
        return matcher.replaceAll(REMOVED);
    }
}
