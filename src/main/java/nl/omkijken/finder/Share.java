package nl.omkijken.finder;

import java.nio.charset.StandardCharsets;
import org.springframework.web.util.UriUtils;

/**
 * How a resident passes an offering's page on, without JavaScript: its address to copy, and links that open their own
 * e-mail or WhatsApp with a message filled in. Nothing is loaded from elsewhere until they choose a link.
 *
 * @param address the absolute address of the page
 * @param mail a {@code mailto:} link with subject and message
 * @param whatsApp a {@code wa.me} link with the message
 */
record Share(String address, String mail, String whatsApp) {

    static Share of(String address, String subject, String message) {
        return new Share(
                address,
                "mailto:?subject=" + encode(subject) + "&body=" + encode(message + "\r\n" + address),
                "https://wa.me/?text=" + encode(message + "\n" + address));
    }

    private static String encode(String text) {
        return UriUtils.encode(text, StandardCharsets.UTF_8);
    }
}
