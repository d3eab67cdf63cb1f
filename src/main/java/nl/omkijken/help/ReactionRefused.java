package nl.omkijken.help;

/**
 * A reaction or message that cannot be sent, with the message key that says why: the post no longer takes
 * reactions, one of the two blocked the other, or too many were sent in a short time.
 */
class ReactionRefused extends RuntimeException {

    ReactionRefused(String code) {
        super(code, null, false, false);
    }

    String code() {
        return getMessage();
    }
}
