package nl.omkijken.catalog;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import nl.omkijken.identity.AccountSummary;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** When an offering takes place: its schedules, as provider staff and editors keep them. */
@Service
@Transactional
class ScheduleEditing {

    private static final int PREVIEW_DATES = 5;

    private final OfferingEditing offerings;
    private final ScheduleRepository schedules;
    private final LocationRepository locations;
    private final OfferingChangeRepository history;
    private final ScheduleDescriptions descriptions;
    private final Clock clock;

    ScheduleEditing(
            OfferingEditing offerings,
            ScheduleRepository schedules,
            LocationRepository locations,
            OfferingChangeRepository history,
            ScheduleDescriptions descriptions,
            Clock clock) {
        this.offerings = offerings;
        this.schedules = schedules;
        this.locations = locations;
        this.history = history;
        this.descriptions = descriptions;
        this.clock = clock;
    }

    /** The offering's schedules, each described in words with its next dates. */
    @Transactional(readOnly = true)
    List<ScheduleView> schedulesOf(AccountSummary account, UUID offeringId, Locale locale) {
        var places = placesOf(account, offeringId);
        return schedules.findByOfferingId(offeringId).stream()
                .map(s -> new ScheduleView(
                        s.id(),
                        descriptions.describe(s.details(), locale),
                        places.stream()
                                .filter(p -> p.id().equals(s.locationId()))
                                .map(LocationOption::name)
                                .findFirst()
                                .orElse(null),
                        s.nextDates(PREVIEW_DATES, today())))
                .toList();
    }

    /** The locations of the offering, where one of its schedules may take place. */
    @Transactional(readOnly = true)
    List<LocationOption> placesOf(AccountSummary account, UUID offeringId) {
        var linked = offerings.editable(account, offeringId).details().locationIds();
        return locations.findAllById(linked).stream()
                .map(LocationOption::of)
                .sorted(Comparator.comparing(LocationOption::name))
                .toList();
    }

    /** The next dates a schedule would give, before it is saved. */
    List<Occurrence> preview(UUID offeringId, ScheduleDetails details) {
        return new Schedule(offeringId, null, details).nextDates(PREVIEW_DATES, today());
    }

    /** Adds a schedule, at one of the offering's locations or (with {@code locationId} null) at all of them. */
    void add(AccountSummary account, UUID offeringId, UUID locationId, ScheduleDetails details) {
        requireLinked(account, offeringId, locationId);
        var schedule = schedules.save(new Schedule(offeringId, locationId, details));
        record(account, offeringId, new FieldChange("schedule", null, trace(schedule)));
    }

    /** One of the offering's schedules as a form to change, and where it takes place (null: everywhere). */
    @Transactional(readOnly = true)
    Editable editable(AccountSummary account, UUID offeringId, UUID scheduleId) {
        offerings.editable(account, offeringId);
        var schedule = scheduleOf(offeringId, scheduleId);
        return new Editable(ScheduleForm.of(schedule.details()).withBlankClosedPeriod(), schedule.locationId());
    }

    record Editable(ScheduleForm form, UUID locationId) {}

    /** Replaces a schedule as a whole; the history keeps the rule, times, place and closed days before and after. */
    void change(AccountSummary account, UUID offeringId, UUID scheduleId, UUID locationId, ScheduleDetails details) {
        requireLinked(account, offeringId, locationId);
        var schedule = scheduleOf(offeringId, scheduleId);
        var before = trace(schedule);
        schedule.change(locationId, details);
        var after = trace(schedule);
        if (!before.equals(after)) {
            record(account, offeringId, new FieldChange("schedule", before, after));
        }
    }

    void remove(AccountSummary account, UUID offeringId, UUID scheduleId) {
        offerings.editable(account, offeringId);
        var schedule = scheduleOf(offeringId, scheduleId);
        schedules.delete(schedule);
        record(account, offeringId, new FieldChange("schedule", trace(schedule), null));
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    private void requireLinked(AccountSummary account, UUID offeringId, UUID locationId) {
        var linked = offerings.editable(account, offeringId).details().locationIds();
        if (locationId != null && !linked.contains(locationId)) {
            throw new IllegalArgumentException("Location " + locationId + " is not one of offering " + offeringId);
        }
    }

    private Schedule scheduleOf(UUID offeringId, UUID scheduleId) {
        return schedules
                .findById(scheduleId)
                .filter(s -> s.offeringId().equals(offeringId))
                .orElseThrow(OfferingEditing.NotFound::new);
    }

    /**
     * A schedule as one line of history: the rule in RFC 5545 terms (the date for a single date), the times, the
     * place and the closed periods, so that any change to it shows.
     */
    private static String trace(Schedule schedule) {
        var details = schedule.details();
        var line = new StringBuilder(schedule.rrule() == null ? "once " + details.validFrom() : schedule.rrule())
                .append(' ')
                .append(details.startTime())
                .append('-')
                .append(details.endTime());
        if (schedule.locationId() != null) {
            line.append(" location ").append(schedule.locationId());
        }
        for (var closed : details.closedPeriods()) {
            line.append(" closed ").append(closed.fromDate()).append('/').append(closed.untilDate());
        }
        return line.toString();
    }

    private void record(AccountSummary account, UUID offeringId, FieldChange change) {
        history.save(new OfferingChange(offeringId, account.id(), clock.instant(), change));
    }

    /** A schedule as the provider reads it. */
    record ScheduleView(UUID id, String description, String locationName, List<Occurrence> nextDates) {}
}
