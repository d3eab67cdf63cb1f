package nl.omkijken.catalog;

import java.time.Instant;

/** One line of an offering's history as people read it. */
record HistoryLine(Instant changedAt, String field, String oldValue, String newValue) {

    static HistoryLine of(OfferingChange change) {
        return new HistoryLine(change.changedAt(), change.field(), change.oldValue(), change.newValue());
    }
}
