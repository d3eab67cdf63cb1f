package nl.omkijken;

/** The external database named by {@code spring.datasource.url} did not accept a connection at start. */
class DatabaseUnreachableException extends RuntimeException {

    private final String url;

    DatabaseUnreachableException(String url, Throwable cause) {
        super("Cannot reach the database at " + url, cause);
        this.url = url;
    }

    String url() {
        return url;
    }
}
