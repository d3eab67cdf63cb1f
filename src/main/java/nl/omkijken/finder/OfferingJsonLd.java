package nl.omkijken.finder;

import java.time.DayOfWeek;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.omkijken.area.Areas;
import nl.omkijken.catalog.Occurrence;
import nl.omkijken.catalog.PublicOffering;
import nl.omkijken.catalog.PublicOffering.Place;
import nl.omkijken.catalog.PublicOffering.Recurrence;
import nl.omkijken.catalog.SchedulePattern;
import nl.omkijken.catalog.TermOption;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * What an offering's page tells search engines, as schema.org JSON-LD: an {@code Event} when it has dates, a
 * {@code Service} when it has none. The text goes inside a script element, so it is written with
 * {@link ScriptSafeEscapes}: nothing a provider writes can close that element.
 */
@Component
class OfferingJsonLd {

    private static final String SCHEMA = "https://schema.org/";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final JsonMapper json;
    private final ObjectWriter writer;
    private final Areas areas;

    OfferingJsonLd(JsonMapper json, Areas areas) {
        this.json = json;
        this.writer = json.writer().with(new ScriptSafeEscapes());
        this.areas = areas;
    }

    /** The JSON-LD of the offering whose page has this absolute address, ready to place in a script element. */
    String of(PublicOffering offering, String address) {
        var node = offering.nextDates().isEmpty() ? service(offering, address) : event(offering, address);
        return writer.writeValueAsString(node);
    }

    private ObjectNode event(PublicOffering offering, String address) {
        var event = thing("Event", offering, address);
        var next = offering.nextDates().get(0);
        event.put("startDate", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(next.start()));
        event.put("endDate", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(next.end()));
        event.put("eventAttendanceMode", SCHEMA + "OfflineEventAttendanceMode");
        var schedules = offering.recurrences().stream().flatMap(r -> schedule(r).stream());
        putOneOrMany(event, "eventSchedule", schedules);
        putOneOrMany(event, "location", placesOf(next, offering).stream().map(this::place));
        event.set("organizer", organisation(offering));
        event.put("isAccessibleForFree", offering.free());
        putOffer(event, offering, address);
        putOneOrMany(event, "inLanguage", languages(offering));
        return event;
    }

    private ObjectNode service(PublicOffering offering, String address) {
        var service = thing("Service", offering, address);
        service.set("provider", organisation(offering));
        service.putObject("areaServed")
                .put("@type", "AdministrativeArea")
                .put("name", areas.municipality().name());
        if (!offering.places().isEmpty()) {
            var channel = service.putObject("availableChannel").put("@type", "ServiceChannel");
            putOneOrMany(channel, "serviceLocation", offering.places().stream().map(this::place));
            putOneOrMany(channel, "availableLanguage", languages(offering));
        }
        putOneOrMany(service, "category", texts(offering.themes().stream().map(TermOption::label)));
        putOffer(service, offering, address);
        return service;
    }

    /** What an Event and a Service share: what it is called, what it is about, for whom, and where to read more. */
    private ObjectNode thing(String type, PublicOffering offering, String address) {
        var node = json.createObjectNode();
        node.put("@context", SCHEMA);
        node.put("@type", type);
        node.put("name", offering.title());
        node.put("description", isBlank(offering.description()) ? offering.summary() : offering.description());
        node.put("url", address);
        var audience = offering.targetGroups().stream().map(TermOption::label).collect(Collectors.joining(", "));
        if (!audience.isEmpty()) {
            node.putObject("audience").put("@type", "Audience").put("audienceType", audience);
        }
        return node;
    }

    /**
     * A weekly rule, or a monthly one on the first to fourth weekday; schema.org has no way to say "the last Friday of
     * the month", and a single date needs no schedule.
     */
    private Optional<ObjectNode> schedule(Recurrence recurrence) {
        var monthly = recurrence.pattern() == SchedulePattern.MONTHLY;
        if (recurrence.pattern() == SchedulePattern.ONCE || (monthly && recurrence.weekOfMonth() < 1)) {
            return Optional.empty();
        }
        var schedule = json.createObjectNode().put("@type", "Schedule");
        schedule.put("repeatFrequency", monthly ? "P1M" : "P" + recurrence.weekInterval() + "W");
        var days = schedule.putArray("byDay");
        recurrence.weekdays().forEach(day -> days.add(SCHEMA + day(day)));
        if (monthly) {
            schedule.put("byMonthWeek", recurrence.weekOfMonth());
        }
        schedule.put("startDate", recurrence.validFrom().toString());
        if (recurrence.validUntil() != null) {
            schedule.put("endDate", recurrence.validUntil().toString());
        }
        schedule.put("startTime", TIME.format(recurrence.startTime()));
        schedule.put("endTime", TIME.format(recurrence.endTime()));
        schedule.put("scheduleTimezone", "Europe/Amsterdam");
        return Optional.of(schedule);
    }

    /** The place of the next time when its schedule names one, otherwise every place of the offering. */
    private static List<Place> placesOf(Occurrence next, PublicOffering offering) {
        var named = offering.places().stream()
                .filter(p -> p.id().equals(next.locationId()))
                .toList();
        return named.isEmpty() ? offering.places() : named;
    }

    private ObjectNode place(Place place) {
        var node = json.createObjectNode().put("@type", "Place").put("name", place.name());
        node.putObject("address")
                .put("@type", "PostalAddress")
                .put("streetAddress", place.streetAddress())
                .put("postalCode", place.postcode())
                .put("addressLocality", place.city())
                .put("addressCountry", "NL");
        node.putObject("geo")
                .put("@type", "GeoCoordinates")
                .put("latitude", place.latitude())
                .put("longitude", place.longitude());
        return node;
    }

    private ObjectNode organisation(PublicOffering offering) {
        var node = json.createObjectNode().put("@type", "Organization").put("name", offering.providerName());
        if (!isBlank(offering.providerWebsite())) {
            node.put("url", offering.providerWebsite());
        }
        return node;
    }

    /** What it costs, when it is not free. */
    private static void putOffer(ObjectNode node, PublicOffering offering, String address) {
        if (offering.free()) {
            return;
        }
        var offer = node.putObject("offers").put("@type", "Offer").put("url", address);
        if (offering.costAmount() != null) {
            offer.put("price", offering.costAmount()).put("priceCurrency", "EUR");
        }
        if (!isBlank(offering.costExplanation())) {
            offer.put("description", offering.costExplanation());
        }
    }

    private Stream<JsonNode> languages(PublicOffering offering) {
        return texts(offering.languages().stream().sorted());
    }

    private Stream<JsonNode> texts(Stream<String> texts) {
        return texts.map(json.getNodeFactory()::stringNode);
    }

    /** One value as itself, more as an array, none not at all. */
    private static void putOneOrMany(ObjectNode node, String field, Stream<? extends JsonNode> stream) {
        var values = stream.toList();
        if (values.size() == 1) {
            node.set(field, values.get(0));
        } else if (!values.isEmpty()) {
            node.putArray(field).addAll(values);
        }
    }

    private static String day(DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
