package nl.omkijken.catalog.transfer;

/** The file as a whole cannot be read; {@code code} is the message key that says why. */
class ImportRefused extends Exception {

    private final String code;
    private final transient Object[] arguments;

    ImportRefused(String code, Object... arguments) {
        super(code, null, false, false);
        this.code = code;
        this.arguments = arguments;
    }

    String code() {
        return code;
    }

    Object[] arguments() {
        return arguments;
    }
}
