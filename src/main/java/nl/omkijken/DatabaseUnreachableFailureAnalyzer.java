package nl.omkijken;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns an unreachable external database into one readable line at start-up. */
class DatabaseUnreachableFailureAnalyzer extends AbstractFailureAnalyzer<DatabaseUnreachableException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, DatabaseUnreachableException cause) {
        var reason = cause.getCause() == null ? "" : " (" + cause.getCause().getMessage() + ")";
        return new FailureAnalysis(
                "Cannot reach the database at " + cause.url() + reason,
                "Check SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD, or leave"
                        + " SPRING_DATASOURCE_URL unset to use the embedded database.",
                cause);
    }
}
