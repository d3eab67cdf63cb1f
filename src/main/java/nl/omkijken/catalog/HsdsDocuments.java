package nl.omkijken.catalog;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.omkijken.identity.AccountSummary;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The catalog as Open Referral HSDS 3.0 JSON: an organization with its locations and its services, each service with
 * its schedules, places, languages, costs, contact and classifications. Fields without a value are left out, as the
 * schemas allow no nulls.
 *
 * <p>Where Omkijken and HSDS differ: the short summary and the longer description of an offering are one HSDS
 * description, the summary as its first paragraph; kind, ambitions and how to join are terms of taxonomies of their
 * own ({@link HsdsTaxonomies}); a closed period is a schedule of its own with only a valid_from and valid_to, as the
 * HSDS guidance asks for exceptions; times are Europe/Amsterdam wall-clock times without an offset.
 */
@Service
@Transactional(readOnly = true)
public class HsdsDocuments {

    public static final String SUMMARY_SEPARATOR = "\n\n";
    private static final Locale DUTCH = Locale.forLanguageTag("nl");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final OfferingEditing editing;
    private final ProviderRepository providers;
    private final OfferingRepository offerings;
    private final LocationRepository locations;
    private final ScheduleRepository schedules;
    private final TaxonomyTermRepository terms;
    private final ScheduleDescriptions descriptions;
    private final MessageSource messages;

    HsdsDocuments(
            OfferingEditing editing,
            ProviderRepository providers,
            OfferingRepository offerings,
            LocationRepository locations,
            ScheduleRepository schedules,
            TaxonomyTermRepository terms,
            ScheduleDescriptions descriptions,
            MessageSource messages) {
        this.editing = editing;
        this.providers = providers;
        this.offerings = offerings;
        this.locations = locations;
        this.schedules = schedules;
        this.terms = terms;
        this.descriptions = descriptions;
        this.messages = messages;
    }

    /** A provider's whole offer, drafts included, for that provider's staff and the editors. */
    public ObjectNode organization(AccountSummary account, UUID providerId) {
        editing.provider(account, providerId);
        var provider = providers.findById(providerId).orElseThrow(OfferingEditing.NotFound::new);
        var places = locations.findByProviderIdOrderByName(providerId).stream()
                .collect(Collectors.toMap(Location::id, Function.identity()));
        var termsById = terms.findAll().stream().collect(Collectors.toMap(TaxonomyTerm::id, Function.identity()));
        var organization = organization(provider);
        var locationNodes = organization.putArray("locations");
        places.values().stream()
                .sorted(Comparator.comparing(l -> l.details().name()))
                .forEach(l -> locationNodes.add(location(l)));
        var services = organization.putArray("services");
        for (var offering : offerings.findByProviderIdOrderByTitle(providerId)) {
            services.add(service(offering, places, termsById));
        }
        return organization;
    }

    static ObjectNode organization(Provider provider) {
        var details = provider.details();
        var node = JSON.objectNode();
        node.put("id", provider.id().toString());
        node.put("name", details.name());
        node.put("description", blankTo(details.description(), details.name()));
        put(node, "email", details.email());
        put(node, "website", details.website());
        if (present(details.phone())) {
            node.putArray("phones").add(phone(provider.id(), "organization", details.phone()));
        }
        if (present(details.kvkNumber())) {
            var identifier = node.putArray("organization_identifiers").addObject();
            identifier.put(
                    "id", HsdsTaxonomies.derivedId(provider.id() + ":kvk").toString());
            identifier.put("identifier_scheme", "NL-KVK");
            identifier.put("identifier_type", "KvK-nummer");
            identifier.put("identifier", details.kvkNumber());
        }
        return node;
    }

    static ObjectNode location(Location location) {
        var details = location.details();
        var node = JSON.objectNode();
        node.put("id", location.id().toString());
        node.put("location_type", "physical");
        node.put("name", details.name());
        node.put("latitude", details.coordinates().latitude());
        node.put("longitude", details.coordinates().longitude());
        var address = node.putArray("addresses").addObject();
        address.put("id", HsdsTaxonomies.derivedId(location.id() + ":address").toString());
        address.put("address_1", details.streetAddress());
        address.put("city", details.city());
        address.put("state_province", "Overijssel");
        address.put("postal_code", details.postcode());
        address.put("country", "NL");
        address.put("address_type", "physical");
        var accessibility = node.putArray("accessibility");
        accessible(accessibility, location.id(), "wheelchair", details.wheelchairAccessible(), "Rolstoeltoegankelijk");
        accessible(accessibility, location.id(), "hearing-loop", details.hearingLoop(), "Ringleiding");
        accessible(accessibility, location.id(), "toilet", details.accessibleToilet(), "Aangepast toilet");
        if (accessibility.isEmpty()) {
            node.remove("accessibility");
        }
        return node;
    }

    private static void accessible(ArrayNode list, UUID locationId, String what, boolean present, String text) {
        if (present) {
            var item = list.addObject();
            item.put(
                    "id",
                    HsdsTaxonomies.derivedId(locationId + ":accessibility:" + what)
                            .toString());
            item.put("description", text);
        }
    }

    ObjectNode service(Offering offering, Map<UUID, Location> places, Map<UUID, TaxonomyTerm> termsById) {
        var details = offering.details();
        var id = offering.id();
        var node = JSON.objectNode();
        node.put("id", id.toString());
        node.put("organization_id", offering.providerId().toString());
        node.put("name", details.title());
        node.put(
                "description",
                present(details.description())
                        ? details.summary() + SUMMARY_SEPARATOR + details.description()
                        : details.summary());
        node.put("status", status(offering.status()));
        put(node, "email", details.contactEmail());
        node.put("application_process", label(details.howToJoin().messageKey()));
        node.put(
                "fees_description",
                details.free() ? "Gratis" : blankTo(details.costExplanation(), "Er zijn kosten aan verbonden."));
        if (details.minAge() != null) {
            node.put("minimum_age", details.minAge());
        }
        if (details.maxAge() != null) {
            node.put("maximum_age", details.maxAge());
        }
        if (offering.lastConfirmedOn() != null) {
            node.put("assured_date", offering.lastConfirmedOn().toString());
        }
        if (offering.updatedAt() != null) {
            node.put(
                    "last_modified",
                    offering.updatedAt().atOffset(ZoneOffset.UTC).toString());
        }
        if (!details.free() && details.costAmount() != null) {
            var cost = node.putArray("cost_options").addObject();
            cost.put("id", HsdsTaxonomies.derivedId(id + ":cost").toString());
            cost.put("currency", "EUR");
            cost.put("amount", details.costAmount());
            put(cost, "amount_description", details.costExplanation());
        }
        languages(node, id, details.languages());
        contact(node, id, details);
        var scheduleNodes = node.putArray("schedules");
        for (var schedule : schedules.findByOfferingId(id)) {
            scheduleNodes.addAll(schedule(schedule));
        }
        var atLocations = node.putArray("service_at_locations");
        details.locationIds().stream()
                .map(places::get)
                .filter(java.util.Objects::nonNull)
                .sorted(Comparator.comparing(l -> l.details().name()))
                .forEach(l -> {
                    var at = atLocations.addObject();
                    at.put("id", HsdsTaxonomies.derivedId(id + ":at:" + l.id()).toString());
                    at.put("service_id", id.toString());
                    at.put("location_id", l.id().toString());
                    at.set("location", location(l));
                });
        attributes(node, id, details, termsById);
        removeEmptyArrays(node);
        return node;
    }

    private void languages(ObjectNode node, UUID id, Collection<String> codes) {
        var languages = node.putArray("languages");
        codes.stream().sorted().forEach(code -> {
            var language = languages.addObject();
            language.put(
                    "id", HsdsTaxonomies.derivedId(id + ":language:" + code).toString());
            language.put("name", Locale.forLanguageTag(code).getDisplayLanguage(DUTCH));
            language.put("code", code);
        });
    }

    private static void contact(ObjectNode node, UUID id, OfferingDetails details) {
        if (!present(details.contactName()) && !present(details.contactEmail()) && !present(details.contactPhone())) {
            return;
        }
        var contact = node.putArray("contacts").addObject();
        contact.put("id", HsdsTaxonomies.derivedId(id + ":contact").toString());
        put(contact, "name", details.contactName());
        put(contact, "email", details.contactEmail());
        if (present(details.contactPhone())) {
            contact.putArray("phones").add(phone(id, "contact", details.contactPhone()));
        }
    }

    /** The schedule itself and, after it, one schedule per closed period. */
    private ArrayNode schedule(Schedule schedule) {
        var details = schedule.details();
        var nodes = JSON.arrayNode();
        var node = nodes.addObject();
        node.put("id", schedule.id().toString());
        if (schedule.locationId() != null) {
            node.put("location_id", schedule.locationId().toString());
        }
        node.put("valid_from", details.validFrom().toString());
        node.put("dtstart", details.validFrom().toString());
        switch (details.pattern()) {
            case WEEKLY -> {
                node.put("freq", "WEEKLY");
                if (details.weekInterval() == 2) {
                    node.put("interval", 2);
                }
                node.put("byday", details.weekdayCodes());
                node.put("wkst", "MO");
            }
            case MONTHLY -> {
                node.put("freq", "MONTHLY");
                node.put("byday", details.weekOfMonth() + details.weekdayCodes());
            }
            case ONCE -> node.put("valid_to", details.validFrom().toString());
        }
        if (details.pattern() != SchedulePattern.ONCE && details.validUntil() != null) {
            node.put("valid_to", details.validUntil().toString());
            node.put("until", details.validUntil().toString());
        }
        node.put("opens_at", TIME.format(details.startTime()));
        node.put("closes_at", TIME.format(details.endTime()));
        node.put("description", descriptions.describe(details, DUTCH));
        for (var closed : details.closedPeriods()) {
            var period = nodes.addObject();
            period.put(
                    "id",
                    HsdsTaxonomies.derivedId(schedule.id() + ":closed:" + closed.fromDate())
                            .toString());
            period.put("valid_from", closed.fromDate().toString());
            period.put("valid_to", closed.untilDate().toString());
            period.put("description", closedText(closed));
            period.put("notes", "Gesloten");
        }
        return nodes;
    }

    private static String closedText(ClosedPeriod closed) {
        var text = "Dicht van " + closed.fromDate() + " tot en met " + closed.untilDate();
        return present(closed.reason()) ? text + ": " + closed.reason() : text;
    }

    private void attributes(ObjectNode node, UUID id, OfferingDetails details, Map<UUID, TaxonomyTerm> termsById) {
        var attributes = node.putArray("attributes");
        var kind = details.kind();
        attributes.add(attribute(
                id,
                HsdsTaxonomies.KIND,
                HsdsTaxonomies.KIND.termId(kind.name()),
                kind.name(),
                label(kind.messageKey())));
        details.ambitions().stream()
                .sorted()
                .forEach(ambition -> attributes.add(attribute(
                        id,
                        HsdsTaxonomies.AMBITION,
                        HsdsTaxonomies.AMBITION.termId(ambition.name()),
                        ambition.budgetGoal(),
                        label(ambition.messageKey()))));
        var join = details.howToJoin();
        attributes.add(attribute(
                id,
                HsdsTaxonomies.HOW_TO_JOIN,
                HsdsTaxonomies.HOW_TO_JOIN.termId(join.name()),
                join.name(),
                label(join.messageKey())));
        details.termIds().stream()
                .map(termsById::get)
                .filter(java.util.Objects::nonNull)
                .sorted(Comparator.comparing(TaxonomyTerm::vocabulary).thenComparing(TaxonomyTerm::position))
                .forEach(term -> attributes.add(
                        attribute(id, HsdsTaxonomies.of(term.vocabulary()), term.id(), term.code(), term.labelNl())));
    }

    static ObjectNode attribute(UUID linkId, HsdsTaxonomies taxonomy, UUID termId, String code, String name) {
        var attribute = JSON.objectNode();
        attribute.put(
                "id", HsdsTaxonomies.derivedId(linkId + ":attribute:" + termId).toString());
        attribute.put("link_id", linkId.toString());
        attribute.put("link_type", "service");
        attribute.put("link_entity", "service");
        attribute.put("taxonomy_term_id", termId.toString());
        attribute.set("taxonomy_term", term(taxonomy, termId, code, name));
        return attribute;
    }

    /** A term of one of Omkijken's taxonomies, in Dutch. */
    static ObjectNode term(HsdsTaxonomies taxonomy, UUID id, String code, String name) {
        var node = JSON.objectNode();
        node.put("id", id.toString());
        node.put("code", code);
        node.put("name", name);
        node.put("description", name);
        node.put("taxonomy", taxonomy.code());
        node.put("taxonomy_id", taxonomy.id().toString());
        node.put("language", "nl");
        return node;
    }

    private static ObjectNode phone(UUID ownerId, String role, String number) {
        var phone = JSON.objectNode();
        phone.put("id", HsdsTaxonomies.derivedId(ownerId + ":phone:" + role).toString());
        phone.put("number", number);
        phone.put("type", "voice");
        return phone;
    }

    static String status(OfferingStatus status) {
        return switch (status) {
            case ACTIVE -> "active";
            case TEMPORARILY_CLOSED -> "temporarily closed";
            case INACTIVE -> "inactive";
        };
    }

    String label(String key) {
        return messages.getMessage(key, null, key, DUTCH);
    }

    static void removeEmptyArrays(ObjectNode node) {
        var empty = node.properties().stream()
                .filter(e -> e.getValue().isArray() && e.getValue().isEmpty())
                .map(Map.Entry::getKey)
                .toList();
        node.remove(empty);
    }

    private static void put(ObjectNode node, String field, String value) {
        if (present(value)) {
            node.put(field, value.strip());
        }
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    private static String blankTo(String value, String fallback) {
        return present(value) ? value : fallback;
    }
}
