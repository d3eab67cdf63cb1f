package nl.omkijken.catalog;

import java.time.ZonedDateTime;
import java.util.UUID;

/**
 * One concrete time an offering takes place, in Europe/Amsterdam time.
 *
 * @param locationId null when the schedule names no location
 */
public record Occurrence(UUID offeringId, UUID scheduleId, UUID locationId, ZonedDateTime start, ZonedDateTime end) {}
