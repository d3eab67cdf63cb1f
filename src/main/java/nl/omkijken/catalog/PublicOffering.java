package nl.omkijken.catalog;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * An offering as the public may see it: published, not inactive and not hidden for being unconfirmed too long. This is
 * what the finder indexes and shows; nothing here is personal data of residents.
 *
 * @param recurrences the schedules as the provider set them, for machines that read a rule rather than dates
 * @param stale true when it was not confirmed recently; residents then see a notice
 * @param nextDates the next few occurrences, nearest first, however far ahead
 * @param coming every occurrence from today for {@link PublicOfferings#AGENDA_DAYS} days, nearest first
 */
public record PublicOffering(
        UUID id,
        String title,
        String summary,
        String description,
        Kind kind,
        OfferingStatus status,
        List<TermOption> themes,
        List<TermOption> targetGroups,
        Set<Ambition> ambitions,
        Set<String> languages,
        boolean free,
        BigDecimal costAmount,
        String costExplanation,
        Integer minAge,
        Integer maxAge,
        HowToJoin howToJoin,
        String contactName,
        String contactEmail,
        String contactPhone,
        UUID providerId,
        String providerName,
        String providerWebsite,
        List<Place> places,
        List<String> scheduleDescriptions,
        List<Recurrence> recurrences,
        List<Occurrence> nextDates,
        List<Occurrence> coming,
        LocalDate lastConfirmedOn,
        boolean stale,
        Instant updatedAt) {

    /** Where it takes place, with the buurt and wijk the coordinates lie in. */
    public record Place(
            UUID id,
            String name,
            String streetAddress,
            String postcode,
            String city,
            double latitude,
            double longitude,
            String neighbourhoodCode,
            String neighbourhoodName,
            String districtCode,
            String districtName,
            boolean wheelchairAccessible,
            boolean hearingLoop,
            boolean accessibleToilet) {}

    /**
     * One schedule: how it repeats, at what wall-clock time in Europe/Amsterdam, from when and until when.
     *
     * @param weekdays empty for ONCE, exactly one for MONTHLY
     * @param weekInterval 1 for every week, 2 for every other week, counted from the week of {@code validFrom}
     * @param weekOfMonth 1 to 4, or -1 for the last; MONTHLY only
     * @param validUntil null when open-ended, and always for ONCE
     */
    public record Recurrence(
            SchedulePattern pattern,
            Set<DayOfWeek> weekdays,
            int weekInterval,
            Integer weekOfMonth,
            LocalTime startTime,
            LocalTime endTime,
            LocalDate validFrom,
            LocalDate validUntil) {}

    public boolean temporarilyClosed() {
        return status == OfferingStatus.TEMPORARILY_CLOSED;
    }
}
