package nl.omkijken.identity;

import java.util.regex.Pattern;
import org.springframework.web.util.HtmlUtils;

/** Reads what a person sees in a rendered page, without a browser. */
final class Html {

    private Html() {}

    /** The page with entities decoded, so that messages can be compared as written in the bundle. */
    static String text(String html) {
        return HtmlUtils.htmlUnescape(html);
    }

    /** The error message shown beside a form field, or null when there is none. */
    static String errorBeside(String html, String field) {
        var error = Pattern.compile("<div[^>]*\\bid=\"" + field + "-error\"[^>]*>(.*?)</div>", Pattern.DOTALL)
                .matcher(html);
        return error.find() ? HtmlUtils.htmlUnescape(error.group(1).strip()) : null;
    }

    /** The value of the (first) input with this name, or null when there is none. */
    static String inputValue(String html, String name) {
        var input = Pattern.compile("<input[^>]*\\bname=\"" + Pattern.quote(name) + "\"[^>]*>")
                .matcher(html);
        if (!input.find()) {
            return null;
        }
        var value = Pattern.compile("\\bvalue=\"([^\"]*)\"").matcher(input.group());
        return value.find() ? HtmlUtils.htmlUnescape(value.group(1)) : null;
    }
}
