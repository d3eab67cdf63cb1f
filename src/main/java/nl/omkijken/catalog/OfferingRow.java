package nl.omkijken.catalog;

import java.time.LocalDate;
import java.util.UUID;

/** An offering as a line in a list. */
record OfferingRow(
        UUID id,
        UUID providerId,
        String title,
        Kind kind,
        ReviewState reviewState,
        OfferingStatus status,
        LocalDate lastConfirmedOn) {

    static OfferingRow of(Offering offering) {
        return new OfferingRow(
                offering.id(),
                offering.providerId(),
                offering.title(),
                offering.kind(),
                offering.reviewState(),
                offering.status(),
                offering.lastConfirmedOn());
    }

    public String reviewStateKey() {
        return "reviewState." + reviewState.name();
    }

    public String statusKey() {
        return "offeringStatus." + status.name();
    }
}
