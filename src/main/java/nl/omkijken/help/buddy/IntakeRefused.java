package nl.omkijken.help.buddy;

/** An intake or match that cannot be saved as asked, with the message key that says why, beside a field or on top. */
class IntakeRefused extends RuntimeException {

    private final transient String field;

    IntakeRefused(String field, String code) {
        super(code, null, false, false);
        this.field = field;
    }

    String field() {
        return field;
    }

    String code() {
        return getMessage();
    }
}
