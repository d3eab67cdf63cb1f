package nl.omkijken.help;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.omkijken.area.Areas;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The anonymous figures of help between residents per wijk: requests and offers that went public, reactions,
 * matches, closed requests, and the answers to "Is het gelukt?". No person is in them; a count from 1 to 4 is shown
 * as "fewer than 5", so that a small wijk never points to someone. For the policy advisors now, and the monitoring
 * module later.
 */
@Service
@Transactional(readOnly = true)
public class HelpFigures {

    /** Counts below this (but above zero) are not shown exactly. */
    public static final int SMALLEST_SHOWN = 5;

    private final ActivityRecordRepository activities;
    private final OutcomeQuestionRepository outcomes;
    private final Areas areas;

    HelpFigures(ActivityRecordRepository activities, OutcomeQuestionRepository outcomes, Areas areas) {
        this.activities = activities;
        this.outcomes = outcomes;
        this.areas = areas;
    }

    /** What is counted: each {@link HelpActivity.Type}, then each {@link Outcome}. */
    public enum Measure {
        REQUESTS,
        OFFERS,
        REACTIONS,
        MATCHES,
        CLOSED,
        WORKED_OUT,
        PARTLY,
        DID_NOT
    }

    /** One wijk's counts; {@code districtCode} is null for activity outside any known wijk (a vacancy, say). */
    public record Row(String districtCode, String districtName, Map<Measure, Count> counts) {

        public Row {
            counts = Map.copyOf(counts);
        }

        public Count count(Measure measure) {
            return counts.get(measure);
        }
    }

    /** A count as it may be shown: exact from {@link #SMALLEST_SHOWN}, otherwise only "fewer than". */
    public record Count(long exact) {

        public boolean suppressed() {
            return exact > 0 && exact < SMALLEST_SHOWN;
        }

        /** The exact number, or -1 when it is suppressed. */
        public long shown() {
            return suppressed() ? -1 : exact;
        }
    }

    /** Every wijk of the municipality, then a total row; in the period {@code [from, to)}, one category or all. */
    public List<Row> perDistrict(Instant from, Instant to, HelpCategory category) {
        var municipality = areas.municipality().code();
        var counts = new HashMap<String, Map<Measure, Long>>();
        for (var count : activities.count(municipality, from, to, category)) {
            add(counts, count.getDistrictCode(), measureOf(count.getType()), count.getCount());
        }
        for (var count : outcomes.answers(municipality, from, to, category)) {
            add(counts, count.getDistrictCode(), measureOf(count.getAnswer()), count.getCount());
        }
        var rows = new ArrayList<Row>();
        var total = new EnumMap<Measure, Long>(Measure.class);
        for (var district : areas.districts()) {
            var own = counts.getOrDefault(district.code(), Map.of());
            rows.add(row(district.code(), district.name(), own));
            own.forEach((measure, n) -> total.merge(measure, n, Long::sum));
        }
        counts.forEach((code, own) -> {
            if (code == null
                    || areas.districts().stream().noneMatch(d -> d.code().equals(code))) {
                own.forEach((measure, n) -> total.merge(measure, n, Long::sum));
            }
        });
        rows.add(row(null, null, total));
        return rows;
    }

    private static Row row(String code, String name, Map<Measure, Long> counts) {
        var shown = new EnumMap<Measure, Count>(Measure.class);
        for (var measure : Measure.values()) {
            shown.put(measure, new Count(counts.getOrDefault(measure, 0L)));
        }
        return new Row(code, name, shown);
    }

    private static void add(Map<String, Map<Measure, Long>> counts, String district, Measure measure, long n) {
        if (measure != null) {
            counts.computeIfAbsent(district, d -> new EnumMap<>(Measure.class)).merge(measure, n, Long::sum);
        }
    }

    private static Measure measureOf(HelpActivity.Type type) {
        return switch (type) {
            case REQUEST_PUBLISHED -> Measure.REQUESTS;
            case OFFER_PUBLISHED -> Measure.OFFERS;
            case REACTION -> Measure.REACTIONS;
            case MATCH -> Measure.MATCHES;
            case CLOSED -> Measure.CLOSED;
        };
    }

    private static Measure measureOf(Outcome outcome) {
        if (outcome == null) {
            return null;
        }
        return switch (outcome) {
            case YES -> Measure.WORKED_OUT;
            case PARTLY -> Measure.PARTLY;
            case NO -> Measure.DID_NOT;
        };
    }
}
