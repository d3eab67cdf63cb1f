package nl.omkijken.catalog.demo;

import static nl.omkijken.catalog.demo.DemoCsv.list;
import static nl.omkijken.catalog.demo.DemoCsv.number;
import static nl.omkijken.catalog.demo.DemoCsv.optional;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.omkijken.catalog.Ambition;
import nl.omkijken.catalog.HowToJoin;
import nl.omkijken.catalog.Kind;
import nl.omkijken.catalog.OfferingStatus;
import nl.omkijken.catalog.ReviewState;
import nl.omkijken.catalog.Vocabulary;
import org.apache.commons.csv.CSVRecord;

/**
 * The curated demo offer of Zwolle in catalog/demo/ (providers.csv, locations.csv, offerings.csv), turned into
 * rows. The README in that folder explains the columns. Ids follow from the files, so a reload gives the same ids.
 */
class CuratedOffer {

    private final Map<String, ProviderRow> providers = new LinkedHashMap<>();
    private final Map<String, LocationRow> locations = new LinkedHashMap<>();
    private final List<OfferingRow> offerings = new ArrayList<>();

    CuratedOffer(
            Map<String, UUID> organisations,
            Map<String, UUID> terms,
            DemoPlacement placement,
            DemoCalendar calendar,
            Instant now) {
        DemoCsv.read("providers.csv").forEach(row -> readProvider(row, organisations));
        DemoCsv.read("locations.csv").forEach(row -> readLocation(row, placement));
        DemoCsv.read("offerings.csv").forEach(row -> offerings.add(offering(row, terms, calendar, now)));
    }

    List<ProviderRow> providers() {
        return List.copyOf(providers.values());
    }

    List<LocationRow> locations() {
        return List.copyOf(locations.values());
    }

    List<OfferingRow> offerings() {
        return List.copyOf(offerings);
    }

    private void readProvider(CSVRecord row, Map<String, UUID> organisations) {
        var name = row.get("name");
        var id = organisations.getOrDefault(name.toLowerCase(Locale.ROOT), id("provider", row.get("key")));
        providers.put(
                row.get("key"),
                new ProviderRow(
                        id,
                        name,
                        row.get("description"),
                        optional(row, "website"),
                        optional(row, "email"),
                        optional(row, "phone"),
                        optional(row, "kvk_number")));
    }

    private void readLocation(CSVRecord row, DemoPlacement placement) {
        var key = row.get("key");
        var neighbourhood = placement.neighbourhood(row.get("neighbourhood"));
        locations.put(
                key,
                new LocationRow(
                        id("location", key),
                        provider(row.get("provider")).id(),
                        row.get("name"),
                        row.get("street_address"),
                        row.get("postcode"),
                        row.get("city"),
                        placement.pointIn(neighbourhood, key.hashCode()),
                        neighbourhood,
                        Boolean.parseBoolean(row.get("wheelchair_accessible")),
                        Boolean.parseBoolean(row.get("hearing_loop")),
                        Boolean.parseBoolean(row.get("accessible_toilet")),
                        row.get("opening_hours")));
    }

    private OfferingRow offering(CSVRecord row, Map<String, UUID> terms, DemoCalendar calendar, Instant now) {
        var key = "demo:offering:" + row.getRecordNumber();
        var places = list(row, "locations").stream().map(this::locationId).toList();
        var confirmedDaysAgo = number(row, "confirmed_days_ago");
        var daysAgo = confirmedDaysAgo != null ? confirmedDaysAgo : (int) (row.getRecordNumber() * 13 % 85);
        var cost = optional(row, "cost");
        var status = optional(row, "status");
        return new OfferingRow(
                UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)),
                provider(row.get("provider")).id(),
                row.get("title"),
                row.get("summary"),
                row.get("description"),
                Kind.valueOf(row.get("kind")),
                cost == null ? null : new BigDecimal(cost),
                row.get("cost_explanation"),
                number(row, "min_age"),
                number(row, "max_age"),
                HowToJoin.valueOf(row.get("how_to_join")),
                row.get("contact_name"),
                optional(row, "contact_email"),
                optional(row, "contact_phone"),
                status == null ? OfferingStatus.ACTIVE : OfferingStatus.valueOf(status),
                ReviewState.PUBLISHED,
                calendar.today().minusDays(daysAgo),
                now.minus(daysAgo + 30L + row.getRecordNumber() % 300, ChronoUnit.DAYS),
                list(row, "ambitions").stream().map(CuratedOffer::ambition).collect(Collectors.toSet()),
                Stream.concat(
                                list(row, "themes").stream().map(code -> term(terms, Vocabulary.THEME, code)),
                                list(row, "target_groups").stream()
                                        .map(code -> term(terms, Vocabulary.TARGET_GROUP, code)))
                        .toList(),
                list(row, "languages"),
                places,
                DemoScheduleNotation.parse(
                        row.get("schedules"),
                        key,
                        places.isEmpty() ? null : places.get(0),
                        this::locationId,
                        calendar,
                        Boolean.parseBoolean(row.get("summer_break"))));
    }

    private ProviderRow provider(String key) {
        var provider = providers.get(key);
        if (provider == null) {
            throw new IllegalArgumentException("No demo provider " + key);
        }
        return provider;
    }

    private UUID locationId(String key) {
        var location = locations.get(key);
        if (location == null) {
            throw new IllegalArgumentException("No demo location " + key);
        }
        return location.id();
    }

    private static UUID term(Map<String, UUID> terms, Vocabulary vocabulary, String code) {
        var id = terms.get(vocabulary + ":" + code);
        if (id == null) {
            throw new IllegalArgumentException("No " + vocabulary + " " + code + " in the taxonomy");
        }
        return id;
    }

    /** Written as its budget goal, e.g. 1.1.2. */
    private static Ambition ambition(String budgetGoal) {
        return Arrays.stream(Ambition.values())
                .filter(a -> a.budgetGoal().equals(budgetGoal))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No ambition with budget goal " + budgetGoal));
    }

    private static UUID id(String type, String key) {
        return UUID.nameUUIDFromBytes(("demo:" + type + ":" + key).getBytes(StandardCharsets.UTF_8));
    }
}
