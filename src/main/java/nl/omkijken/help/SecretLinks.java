package nl.omkijken.help;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * The secret in a link that is someone's only key, such as a vacancy contact's way into a conversation or the answer
 * link to "Is het gelukt?": 32 random bytes, URL-safe.
 */
final class SecretLinks {

    private static final SecureRandom RANDOM = new SecureRandom();

    private SecretLinks() {}

    static String newToken() {
        var bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Whether the text can be such a token at all, before anything is looked up. */
    static boolean wellFormed(String token) {
        return token != null && token.matches("[A-Za-z0-9_-]{43}");
    }
}
