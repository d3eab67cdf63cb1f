package nl.omkijken.catalog.demo;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import nl.omkijken.catalog.ReviewState;

/** Spreads offering rows over the tables they are stored in, as parameter rows for a batch insert. */
class OfferingTables {

    static final String OFFERING = "insert into offering (id, municipality_code, provider_id, title, summary,"
            + " description, kind, free, cost_amount, cost_explanation, min_age, max_age, how_to_join, contact_name,"
            + " contact_email, contact_phone, status, review_state, last_confirmed_on, published_at, created_at,"
            + " updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    static final String AMBITION = "insert into offering_ambition (offering_id, ambition) values (?, ?)";
    static final String TERM = "insert into offering_term (offering_id, term_id) values (?, ?)";
    static final String LANGUAGE = "insert into offering_language (offering_id, language) values (?, ?)";
    static final String LOCATION = "insert into offering_location (offering_id, location_id) values (?, ?)";
    static final String SCHEDULE = "insert into schedule (id, offering_id, location_id, pattern, weekdays,"
            + " week_interval, week_of_month, start_time, end_time, valid_from, valid_until, rrule)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    static final String EXCEPTION =
            "insert into schedule_exception (schedule_id, from_date, until_date, reason) values (?, ?, ?, ?)";

    private final String municipality;
    private final List<OfferingRow> rows;

    OfferingTables(String municipality, List<OfferingRow> rows) {
        this.municipality = municipality;
        this.rows = rows;
    }

    List<Object[]> offerings() {
        var result = new ArrayList<Object[]>(rows.size());
        for (var o : rows) {
            var created = o.createdAt().atOffset(ZoneOffset.UTC);
            var published = o.reviewState() == ReviewState.PUBLISHED ? created : null;
            result.add(new Object[] {
                o.id(),
                municipality,
                o.providerId(),
                o.title(),
                o.summary(),
                o.description(),
                o.kind().name(),
                o.free(),
                o.costAmount(),
                o.costExplanation(),
                o.minAge(),
                o.maxAge(),
                o.howToJoin().name(),
                o.contactName(),
                o.contactEmail(),
                o.contactPhone(),
                o.status().name(),
                o.reviewState().name(),
                o.lastConfirmedOn(),
                published,
                created,
                created
            });
        }
        return result;
    }

    List<Object[]> ambitions() {
        var result = new ArrayList<Object[]>();
        rows.forEach(o -> o.ambitions().forEach(a -> result.add(new Object[] {o.id(), a.name()})));
        return result;
    }

    List<Object[]> terms() {
        var result = new ArrayList<Object[]>();
        rows.forEach(o -> o.termIds().forEach(t -> result.add(new Object[] {o.id(), t})));
        return result;
    }

    List<Object[]> languages() {
        var result = new ArrayList<Object[]>();
        rows.forEach(o -> o.languages().forEach(l -> result.add(new Object[] {o.id(), l})));
        return result;
    }

    List<Object[]> locations() {
        var result = new ArrayList<Object[]>();
        rows.forEach(o -> o.locationIds().forEach(l -> result.add(new Object[] {o.id(), l})));
        return result;
    }

    List<Object[]> schedules() {
        var result = new ArrayList<Object[]>();
        for (var o : rows) {
            for (var s : o.schedules()) {
                result.add(new Object[] {
                    s.id(),
                    o.id(),
                    s.locationId(),
                    s.pattern(),
                    s.weekdays(),
                    s.weekInterval(),
                    s.weekOfMonth(),
                    s.startTime(),
                    s.endTime(),
                    s.validFrom(),
                    s.validUntil(),
                    s.rrule()
                });
            }
        }
        return result;
    }

    List<Object[]> exceptions() {
        var result = new ArrayList<Object[]>();
        rows.forEach(o -> o.schedules()
                .forEach(s ->
                        s.breaks().forEach(b -> result.add(new Object[] {s.id(), b.from(), b.until(), b.reason()}))));
        return result;
    }
}
