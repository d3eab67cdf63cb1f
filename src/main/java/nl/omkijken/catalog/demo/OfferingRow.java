package nl.omkijken.catalog.demo;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.omkijken.catalog.Ambition;
import nl.omkijken.catalog.HowToJoin;
import nl.omkijken.catalog.Kind;
import nl.omkijken.catalog.OfferingStatus;
import nl.omkijken.catalog.ReviewState;

/**
 * An offering with everything that hangs off it, as the demo loaders write it.
 *
 * @param costAmount null when the offering is free
 */
record OfferingRow(
        UUID id,
        UUID providerId,
        String title,
        String summary,
        String description,
        Kind kind,
        BigDecimal costAmount,
        String costExplanation,
        Integer minAge,
        Integer maxAge,
        HowToJoin howToJoin,
        String contactName,
        String contactEmail,
        String contactPhone,
        OfferingStatus status,
        ReviewState reviewState,
        LocalDate lastConfirmedOn,
        Instant createdAt,
        Set<Ambition> ambitions,
        List<UUID> termIds,
        List<String> languages,
        List<UUID> locationIds,
        List<ScheduleRow> schedules) {

    boolean free() {
        return costAmount == null;
    }
}
