package nl.omkijken.help;

import nl.omkijken.catalog.FormError;

/** A post that cannot be saved as written, with the message to show beside the field. */
class PostRefused extends RuntimeException {

    private final transient FormError error;

    PostRefused(String field, String code) {
        super(code, null, false, false);
        this.error = new FormError(field, code);
    }

    FormError error() {
        return error;
    }
}
