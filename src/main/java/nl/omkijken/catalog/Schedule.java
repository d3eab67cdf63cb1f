package nl.omkijken.catalog;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * When an offering takes place, optionally at one of its locations. The provider fills in plain fields; the RFC 5545
 * rule is derived from them and stored, so that the open data API and calendar feeds can hand it on as it is.
 */
@Entity
class Schedule {

    @Id
    private UUID id;

    private UUID offeringId;
    private UUID locationId;

    @Enumerated(EnumType.STRING)
    private SchedulePattern pattern;

    private String weekdays;
    private int weekInterval;
    private Integer weekOfMonth;
    private LocalTime startTime;
    private LocalTime endTime;
    private LocalDate validFrom;
    private LocalDate validUntil;
    private String rrule;

    // Eager: a schedule without its closed days gives wrong dates, and the list is short.
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "schedule_exception", joinColumns = @JoinColumn(name = "schedule_id"))
    @OrderBy("fromDate")
    private List<ClosedPeriod> closedPeriods = new ArrayList<>();

    protected Schedule() {}

    Schedule(UUID offeringId, UUID locationId, ScheduleDetails details) {
        this.id = UUID.randomUUID();
        this.offeringId = offeringId;
        change(locationId, details);
    }

    /** Replaces the whole schedule; the rule follows from the new fields. */
    void change(UUID locationId, ScheduleDetails details) {
        this.locationId = locationId;
        this.pattern = details.pattern();
        this.weekdays = details.weekdayCodes();
        this.weekInterval = details.weekInterval();
        this.weekOfMonth = details.weekOfMonth();
        this.startTime = details.startTime();
        this.endTime = details.endTime();
        this.validFrom = details.validFrom();
        this.validUntil = details.validUntil();
        this.rrule = details.rrule();
        this.closedPeriods.clear();
        this.closedPeriods.addAll(details.closedPeriods());
    }

    /** The occurrences in [from, until), nearest first. */
    List<Occurrence> occurrences(LocalDate from, LocalDate until) {
        var occurrences = expansion();
        return occurrences.dates(from, until).map(date -> at(occurrences, date)).toList();
    }

    /** The next few occurrences from today on, for the provider's preview. */
    List<Occurrence> nextDates(int count, LocalDate today) {
        var occurrences = expansion();
        return occurrences
                .datesFrom(today)
                .limit(count)
                .map(date -> at(occurrences, date))
                .toList();
    }

    ScheduleDetails details() {
        return new ScheduleDetails(
                pattern,
                ScheduleDetails.weekdays(weekdays),
                weekInterval,
                weekOfMonth,
                startTime,
                endTime,
                validFrom,
                validUntil,
                closedPeriods);
    }

    UUID id() {
        return id;
    }

    UUID offeringId() {
        return offeringId;
    }

    UUID locationId() {
        return locationId;
    }

    String rrule() {
        return rrule;
    }

    /** Expands the rule as stored, not as it would be derived today. */
    private Occurrences expansion() {
        return new Occurrences(rrule, details());
    }

    private Occurrence at(Occurrences occurrences, LocalDate date) {
        return new Occurrence(offeringId, id, locationId, occurrences.start(date), occurrences.end(date));
    }
}
