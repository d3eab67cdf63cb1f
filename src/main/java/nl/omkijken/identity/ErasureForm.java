package nl.omkijken.identity;

/** The request to erase one's own account: only with the box ticked that says the person is sure. */
record ErasureForm(Boolean confirmed) {

    ErasureForm {
        confirmed = Boolean.TRUE.equals(confirmed);
    }

    static ErasureForm empty() {
        return new ErasureForm(false);
    }
}
