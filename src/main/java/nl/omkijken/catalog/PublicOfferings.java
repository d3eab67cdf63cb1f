package nl.omkijken.catalog;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.omkijken.area.Areas;
import nl.omkijken.area.DistrictSummary;
import nl.omkijken.area.NeighbourhoodSummary;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The public part of the catalog, for the finder: only what residents may see, one offering or all of them. */
@Service
@Transactional(readOnly = true)
public class PublicOfferings {

    /** How far ahead the agenda looks. */
    public static final int AGENDA_DAYS = 35;

    private static final int NEXT_DATES = 10;
    private static final int MAX_COMING = 200;
    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    private final OfferingRepository offerings;
    private final ProviderRepository providers;
    private final LocationRepository locations;
    private final ScheduleRepository schedules;
    private final TaxonomyTermRepository terms;
    private final ScheduleDescriptions descriptions;
    private final CatalogProperties settings;
    private final Areas areas;
    private final Clock clock;

    PublicOfferings(
            OfferingRepository offerings,
            ProviderRepository providers,
            LocationRepository locations,
            ScheduleRepository schedules,
            TaxonomyTermRepository terms,
            ScheduleDescriptions descriptions,
            CatalogProperties settings,
            Areas areas,
            Clock clock) {
        this.offerings = offerings;
        this.providers = providers;
        this.locations = locations;
        this.schedules = schedules;
        this.terms = terms;
        this.descriptions = descriptions;
        this.settings = settings;
        this.areas = areas;
        this.clock = clock;
    }

    /** The offering when the public may see it; empty when it does not exist or is not public. */
    public Optional<PublicOffering> find(UUID id) {
        return offerings.findById(id).filter(this::visible).map(o -> view(o, new Lookups()));
    }

    /** The ids of every offering the public may see now. */
    public List<UUID> visibleIds() {
        return offerings.publicIds(confirmedAfter());
    }

    /**
     * Many offerings at once, with their locations and schedules read in one go; the ones that are not public are left
     * out.
     */
    public List<PublicOffering> findAll(List<UUID> ids) {
        var lookups = new Lookups();
        var found = offerings.findAllById(ids).stream().filter(this::visible).toList();
        var locationIds =
                found.stream().flatMap(o -> o.details().locationIds().stream()).collect(Collectors.toSet());
        locations.findAllById(locationIds).forEach(l -> lookups.locationsById.put(l.id(), l));
        schedules
                .findByOfferingIdIn(found.stream().map(Offering::id).toList())
                .forEach(s -> lookups.schedulesByOffering
                        .computeIfAbsent(s.offeringId(), k -> new java.util.ArrayList<>())
                        .add(s));
        lookups.schedulesPreloaded = true;
        return found.stream().map(o -> view(o, lookups)).toList();
    }

    /** The offerings that take place at a location, for when the location changes. */
    public List<UUID> offeringsAt(UUID locationId) {
        return offerings.findIdsAtLocation(locationId);
    }

    /** What the public may see: published, not inactive, and not hidden for being unconfirmed too long. */
    boolean visible(Offering offering) {
        return offering.isPublic() && Freshness.of(offering.lastConfirmedOn(), today(), settings) != Freshness.HIDDEN;
    }

    /** The same rule for queries: a public offering was last confirmed after this day. */
    LocalDate confirmedAfter() {
        return today().minus(settings.hideAfter());
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Names and labels that many offerings share, read once per call. */
    private final class Lookups {

        final Map<UUID, TaxonomyTerm> termsById =
                terms.findAll().stream().collect(Collectors.toMap(TaxonomyTerm::id, Function.identity()));
        final Map<String, DistrictSummary> districts =
                areas.districts().stream().collect(Collectors.toMap(DistrictSummary::code, Function.identity()));
        final Map<String, NeighbourhoodSummary> neighbourhoods = areas.districts().stream()
                .flatMap(d -> d.neighbourhoods().stream())
                .collect(Collectors.toMap(NeighbourhoodSummary::code, Function.identity()));
        final Map<UUID, Provider> providersById = new java.util.HashMap<>();
        final Map<UUID, Location> locationsById = new java.util.HashMap<>();
        final Map<UUID, List<Schedule>> schedulesByOffering = new java.util.HashMap<>();
        boolean schedulesPreloaded;
    }

    private PublicOffering view(Offering offering, Lookups lookups) {
        var details = offering.details();
        var provider = lookups.providersById.computeIfAbsent(
                offering.providerId(), id -> providers.findById(id).orElseThrow());
        var missing = details.locationIds().stream()
                .filter(id -> !lookups.locationsById.containsKey(id))
                .toList();
        if (!missing.isEmpty()) {
            locations.findAllById(missing).forEach(l -> lookups.locationsById.put(l.id(), l));
        }
        var places = details.locationIds().stream()
                .map(lookups.locationsById::get)
                .filter(Objects::nonNull)
                .map(l -> place(l, lookups))
                .sorted(Comparator.comparing(PublicOffering.Place::name))
                .toList();
        var own = lookups.schedulesPreloaded
                ? lookups.schedulesByOffering.getOrDefault(offering.id(), List.of())
                : schedules.findByOfferingId(offering.id());
        var today = today();
        var next = own.stream()
                .flatMap(s -> s.nextDates(NEXT_DATES, today).stream())
                .sorted(Comparator.comparing(Occurrence::start))
                .limit(NEXT_DATES)
                .toList();
        var coming = own.stream()
                .flatMap(s -> s.occurrences(today, today.plusDays(AGENDA_DAYS)).stream())
                .sorted(Comparator.comparing(Occurrence::start))
                .limit(MAX_COMING)
                .toList();
        var themes = termOptions(details, lookups, Vocabulary.THEME);
        var targetGroups = termOptions(details, lookups, Vocabulary.TARGET_GROUP);
        return new PublicOffering(
                offering.id(),
                details.title(),
                details.summary(),
                details.description(),
                details.kind(),
                offering.status(),
                themes,
                targetGroups,
                details.ambitions(),
                details.languages(),
                details.free(),
                details.costAmount(),
                details.costExplanation(),
                details.minAge(),
                details.maxAge(),
                details.howToJoin(),
                details.contactName(),
                details.contactEmail(),
                details.contactPhone(),
                provider.id(),
                provider.name(),
                provider.details().website(),
                places,
                own.stream().map(s -> descriptions.describe(s.details(), DUTCH)).toList(),
                own.stream().map(s -> recurrence(s.details())).toList(),
                next,
                coming,
                offering.lastConfirmedOn(),
                Freshness.of(offering.lastConfirmedOn(), today, settings) == Freshness.STALE,
                offering.updatedAt());
    }

    private static List<TermOption> termOptions(OfferingDetails details, Lookups lookups, Vocabulary vocabulary) {
        return details.termIds().stream()
                .map(lookups.termsById::get)
                .filter(Objects::nonNull)
                .filter(t -> t.vocabulary() == vocabulary)
                .sorted(Comparator.comparing(TaxonomyTerm::position))
                .map(t -> new TermOption(t.id(), t.code(), t.labelNl()))
                .toList();
    }

    private static PublicOffering.Recurrence recurrence(ScheduleDetails details) {
        return new PublicOffering.Recurrence(
                details.pattern(),
                details.weekdays(),
                details.weekInterval(),
                details.weekOfMonth(),
                details.startTime(),
                details.endTime(),
                details.validFrom(),
                details.validUntil());
    }

    private static PublicOffering.Place place(Location location, Lookups lookups) {
        var details = location.details();
        var buurt = lookups.neighbourhoods.get(location.neighbourhoodCode());
        var wijk = lookups.districts.get(location.districtCode());
        return new PublicOffering.Place(
                location.id(),
                details.name(),
                details.streetAddress(),
                details.postcode(),
                details.city(),
                details.coordinates().latitude(),
                details.coordinates().longitude(),
                location.neighbourhoodCode(),
                buurt == null ? "" : buurt.name(),
                location.districtCode(),
                wijk == null ? "" : wijk.name(),
                details.wheelchairAccessible(),
                details.hearingLoop(),
                details.accessibleToilet());
    }
}
