package nl.omkijken.help;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The rules for a post's own words: no markup, no links to elsewhere, nothing about buying or selling goods (the
 * help module is not a market).
 */
final class PostText {

    private static final Pattern TAG = Pattern.compile("<[^<>]*>");

    private static final Pattern LINK = Pattern.compile(
            "(?i)(?:https?://|www\\.|(?<![\\p{L}\\p{N}@])[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)*\\.(?:nl|com|org|net|eu|be"
                    + "|de|info|io|app|me|shop|online|nu|frl|biz|co|uk|tv|xyz|site|link|ly|to|ru|cn|fr)(?![\\p{L}\\p{N}]))");

    /** Shopping for someone is help; "boodschappen kopen" is not selling. */
    private static final Pattern SHOPPING =
            Pattern.compile("(?i)boodschappen\\s+(?:te\\s+|gaan\\s+|doen\\s+en\\s+)?kopen");

    private static final Pattern SELLING = Pattern.compile(
            "(?iu)(?:(?<!\\p{L})(?:te\\s+koop|verkopen|verkoop|kopen|koop\\s+ik|te\\s+huur|gekocht)(?!\\p{L})"
                    + "|€\\s?\\p{N}|\\p{N}\\s?(?:euro|eur)(?!\\p{L})|\\p{N},-)");

    private PostText() {}

    static String withoutTags(String text) {
        var previous = text;
        var result = TAG.matcher(text).replaceAll("");
        while (!result.equals(previous)) {
            previous = result;
            result = TAG.matcher(result).replaceAll("");
        }
        return result;
    }

    /** Whether the text points to a website elsewhere. */
    static boolean hasLink(String text) {
        return LINK.matcher(text).find();
    }

    /** The message key of what is wrong with the text, if anything. */
    static Optional<String> problem(String text) {
        if (LINK.matcher(text).find()) {
            return Optional.of("help.post.text.link");
        }
        if (SELLING.matcher(SHOPPING.matcher(text).replaceAll("")).find()) {
            return Optional.of("help.post.text.selling");
        }
        return Optional.empty();
    }
}
