package nl.omkijken.help;

import java.time.Instant;

/**
 * Something happened that the anonymous figures count: a post went public, someone reacted, a match was made, a
 * request was closed. It carries no person, only where (the CBS wijk code) and what about. Published inside the
 * transaction of the change.
 */
public record HelpActivity(Type type, MatchKind kind, HelpCategory category, String districtCode, Instant at) {

    public enum Type {
        REQUEST_PUBLISHED,
        OFFER_PUBLISHED,
        REACTION,
        MATCH,
        CLOSED
    }
}
