package nl.omkijken.catalog;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The public catalog as Open Referral HSDS 3.0 objects, for the open data API: only what residents may see, in the
 * same mapping as the providers' own export ({@link HsdsDocuments}).
 */
@Service
@Transactional(readOnly = true)
public class HsdsPublication {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final HsdsDocuments documents;
    private final OfferingRepository offerings;
    private final ProviderRepository providers;
    private final LocationRepository locations;
    private final TaxonomyTermRepository terms;
    private final PublicOfferings visibility;

    HsdsPublication(
            HsdsDocuments documents,
            OfferingRepository offerings,
            ProviderRepository providers,
            LocationRepository locations,
            TaxonomyTermRepository terms,
            PublicOfferings visibility) {
        this.documents = documents;
        this.offerings = offerings;
        this.providers = providers;
        this.locations = locations;
        this.terms = terms;
        this.visibility = visibility;
    }

    /** The API's filters on services; null matches everything. */
    public record ServiceFilter(UUID organizationId, Instant modifiedAfter, UUID taxonomyTermId) {}

    /** The ids of the public services that pass the filter, by name; none when the term is unknown. */
    public List<UUID> serviceIds(ServiceFilter filter) {
        var term = filter.taxonomyTermId();
        String kind = null;
        String ambition = null;
        String howToJoin = null;
        UUID managedTerm = null;
        if (term != null) {
            kind = fixedTerm(HsdsTaxonomies.KIND, Kind.values(), term);
            ambition = fixedTerm(HsdsTaxonomies.AMBITION, Ambition.values(), term);
            howToJoin = fixedTerm(HsdsTaxonomies.HOW_TO_JOIN, HowToJoin.values(), term);
            if (kind == null && ambition == null && howToJoin == null) {
                if (terms.findById(term).isEmpty()) {
                    return List.of();
                }
                managedTerm = term;
            }
        }
        return offerings.publicIdsMatching(
                visibility.confirmedAfter(),
                filter.organizationId(),
                filter.modifiedAfter(),
                managedTerm,
                kind,
                ambition,
                howToJoin);
    }

    /** The services with these ids that are public, in the order given; without child arrays unless full. */
    public List<ObjectNode> services(List<UUID> ids, boolean full) {
        var context = new Context();
        var found = offerings.findAllById(ids).stream()
                .filter(this::visible)
                .collect(Collectors.toMap(Offering::id, Function.identity()));
        return ids.stream()
                .map(found::get)
                .filter(Objects::nonNull)
                .map(o -> full ? context.service(o) : listItem(context.service(o)))
                .toList();
    }

    public Optional<ObjectNode> service(UUID id) {
        return offerings.findById(id).filter(this::visible).map(o -> new Context().service(o));
    }

    /** The providers with at least one public service, by name. */
    public List<UUID> organizationIds() {
        return offerings.publicProviderIds(visibility.confirmedAfter());
    }

    /** The organizations with these ids, in that order; with their public services, fully nested, when asked. */
    public List<ObjectNode> organizations(List<UUID> ids, boolean withServices) {
        var context = new Context();
        var found = providers.findAllById(ids).stream().collect(Collectors.toMap(Provider::id, Function.identity()));
        return ids.stream()
                .map(found::get)
                .filter(Objects::nonNull)
                .map(p -> withServices ? context.organizationWithServices(p) : HsdsDocuments.organization(p))
                .toList();
    }

    public Optional<ObjectNode> organization(UUID id) {
        if (!organizationIds().contains(id)) {
            return Optional.empty();
        }
        return providers.findById(id).map(p -> new Context().organizationWithServices(p));
    }

    /** One public service at one of its locations: an HSDS service_at_location. */
    public record Place(UUID serviceId, UUID locationId) {}

    /** Every place the given public services take place at, in the order of the services, then by location name. */
    public List<Place> places(List<UUID> serviceIds) {
        var byService = new java.util.HashMap<UUID, List<Place>>();
        for (var pair : offerings.publicPlaces(visibility.confirmedAfter())) {
            var place = new Place((UUID) pair[0], (UUID) pair[1]);
            byService.computeIfAbsent(place.serviceId(), k -> new ArrayList<>()).add(place);
        }
        return serviceIds.stream()
                .flatMap(id -> byService.getOrDefault(id, List.of()).stream())
                .toList();
    }

    /** These places as HSDS service_at_location objects, in this order; with the service when {@code full}. */
    public List<ObjectNode> serviceAtLocations(List<Place> places, boolean full) {
        var context = new Context();
        var found = offerings
                .findAllById(places.stream().map(Place::serviceId).distinct().toList())
                .stream()
                .filter(this::visible)
                .collect(Collectors.toMap(Offering::id, Function.identity()));
        locations
                .findAllById(places.stream().map(Place::locationId).distinct().toList())
                .forEach(l -> context.locationsById.put(l.id(), l));
        return places.stream()
                .filter(p -> found.containsKey(p.serviceId()) && context.locationsById.containsKey(p.locationId()))
                .map(p -> context.serviceAtLocation(
                        found.get(p.serviceId()), context.locationsById.get(p.locationId()), full))
                .toList();
    }

    /** The id is derived from the service and location ids, so it is found by deriving it for each public pair. */
    public Optional<ObjectNode> serviceAtLocation(UUID id) {
        for (var pair : offerings.publicPlaces(visibility.confirmedAfter())) {
            var offeringId = (UUID) pair[0];
            var locationId = (UUID) pair[1];
            if (serviceAtLocationId(offeringId, locationId).equals(id)) {
                var offering = offerings.findById(offeringId).orElseThrow();
                var location = locations.findById(locationId).orElseThrow();
                return Optional.of(new Context().serviceAtLocation(offering, location, true));
            }
        }
        return Optional.empty();
    }

    /** The five taxonomies a service is classified in. */
    public List<ObjectNode> taxonomies() {
        return Stream.of(HsdsTaxonomies.values()).map(HsdsPublication::taxonomy).toList();
    }

    public Optional<ObjectNode> taxonomy(UUID id) {
        return Stream.of(HsdsTaxonomies.values())
                .filter(t -> t.id().equals(id))
                .findFirst()
                .map(HsdsPublication::taxonomy);
    }

    /** The terms of one taxonomy, or of all when {@code taxonomyId} is null; managed terms only while in use. */
    public List<ObjectNode> taxonomyTerms(UUID taxonomyId) {
        var all = new ArrayList<ObjectNode>();
        for (var kind : Kind.values()) {
            all.add(term(HsdsTaxonomies.KIND, kind.name(), documents.label(kind.messageKey())));
        }
        for (var ambition : Ambition.values()) {
            all.add(term(HsdsTaxonomies.AMBITION, ambition.budgetGoal(), documents.label(ambition.messageKey())));
        }
        for (var join : HowToJoin.values()) {
            all.add(term(HsdsTaxonomies.HOW_TO_JOIN, join.name(), documents.label(join.messageKey())));
        }
        terms.findAll().stream()
                .filter(TaxonomyTerm::active)
                .sorted(Comparator.comparing(TaxonomyTerm::vocabulary).thenComparing(TaxonomyTerm::position))
                .forEach(t -> all.add(term(HsdsTaxonomies.of(t.vocabulary()), t.id(), t.code(), t.labelNl())));
        return all.stream()
                .filter(t ->
                        taxonomyId == null || t.get("taxonomy_id").asString().equals(taxonomyId.toString()))
                .toList();
    }

    public Optional<ObjectNode> taxonomyTerm(UUID id) {
        return taxonomyTerms(null).stream()
                .filter(t -> t.get("id").asString().equals(id.toString()))
                .findFirst();
    }

    public static UUID serviceAtLocationId(UUID serviceId, UUID locationId) {
        return HsdsTaxonomies.derivedId(serviceId + ":at:" + locationId);
    }

    private boolean visible(Offering offering) {
        return visibility.visible(offering);
    }

    private static <E extends Enum<E>> String fixedTerm(HsdsTaxonomies taxonomy, E[] values, UUID id) {
        for (var value : values) {
            var code = value instanceof Ambition a ? a.budgetGoal() : value.name();
            if (taxonomy.termId(code).equals(id)
                    || taxonomy.termId(value.name()).equals(id)) {
                return value.name();
            }
        }
        return null;
    }

    private static ObjectNode taxonomy(HsdsTaxonomies taxonomy) {
        var node = JSON.objectNode();
        node.put("id", taxonomy.id().toString());
        node.put("name", taxonomy.label());
        node.put("description", taxonomy.description());
        node.put("version", "1");
        return node;
    }

    private static ObjectNode term(HsdsTaxonomies taxonomy, String code, String name) {
        return term(taxonomy, taxonomy.termId(code), code, name);
    }

    private static ObjectNode term(HsdsTaxonomies taxonomy, UUID id, String code, String name) {
        return HsdsDocuments.term(taxonomy, id, code, name);
    }

    /** A service as a list item: its own fields only, no child arrays or nested objects. */
    private static ObjectNode listItem(ObjectNode service) {
        var item = service.deepCopy();
        var nested = item.properties().stream()
                .filter(e -> e.getValue().isArray() || e.getValue().isObject())
                .map(Map.Entry::getKey)
                .toList();
        item.remove(nested);
        return item;
    }

    /** Locations and terms read once for many services. */
    private final class Context {

        private final Map<UUID, TaxonomyTerm> termsById =
                terms.findAll().stream().collect(Collectors.toMap(TaxonomyTerm::id, Function.identity()));
        private final Map<UUID, Location> locationsById = new java.util.HashMap<>();

        ObjectNode service(Offering offering) {
            var places = locationsOf(offering).stream().collect(Collectors.toMap(Location::id, Function.identity()));
            return documents.service(offering, places, termsById);
        }

        List<Location> locationsOf(Offering offering) {
            var ids = new LinkedHashSet<>(offering.details().locationIds());
            var missing =
                    ids.stream().filter(id -> !locationsById.containsKey(id)).toList();
            locations.findAllById(missing).forEach(l -> locationsById.put(l.id(), l));
            return ids.stream()
                    .map(locationsById::get)
                    .filter(Objects::nonNull)
                    .sorted(Comparator.comparing(l -> l.details().name()))
                    .toList();
        }

        ObjectNode organizationWithServices(Provider provider) {
            var node = HsdsDocuments.organization(provider);
            var services = node.putArray("services");
            var seen = new java.util.HashSet<UUID>();
            var locationNodes = node.putArray("locations");
            for (var offering : offerings.findByProviderIdOrderByTitle(provider.id())) {
                if (!visible(offering)) {
                    continue;
                }
                services.add(service(offering));
                for (var location : locationsOf(offering)) {
                    if (seen.add(location.id())) {
                        locationNodes.add(HsdsDocuments.location(location));
                    }
                }
            }
            return node;
        }

        ObjectNode serviceAtLocation(Offering offering, Location location, boolean full) {
            var node = JSON.objectNode();
            node.put("id", serviceAtLocationId(offering.id(), location.id()).toString());
            node.put("service_id", offering.id().toString());
            node.put("location_id", location.id().toString());
            node.set("location", HsdsDocuments.location(location));
            if (full) {
                node.set("service", listItem(service(offering)));
            }
            return node;
        }
    }
}
