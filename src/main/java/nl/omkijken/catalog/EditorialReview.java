package nl.omkijken.catalog;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.omkijken.area.Areas;
import nl.omkijken.identity.AccountSummary;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The editors' side: the queue of submitted offerings, approving them, and sending them back with a reason. */
@Service
@Transactional
class EditorialReview {

    private final OfferingRepository offerings;
    private final ProviderRepository providers;
    private final OfferingChangeRepository history;
    private final ReviewMail mail;
    private final CatalogProperties settings;
    private final Areas areas;
    private final Clock clock;

    EditorialReview(
            OfferingRepository offerings,
            ProviderRepository providers,
            OfferingChangeRepository history,
            ReviewMail mail,
            CatalogProperties settings,
            Areas areas,
            Clock clock) {
        this.offerings = offerings;
        this.providers = providers;
        this.history = history;
        this.mail = mail;
        this.settings = settings;
        this.areas = areas;
        this.clock = clock;
    }

    /** Submitted offerings, the longest waiting first, with their provider's name. */
    @Transactional(readOnly = true)
    List<QueueItem> queue() {
        var names = providers
                .findByMunicipalityCodeOrderByName(areas.municipality().code())
                .stream()
                .collect(Collectors.toMap(Provider::id, Function.identity()));
        return offerings
                .findByMunicipalityCodeAndReviewStateOrderByUpdatedAt(
                        areas.municipality().code(), ReviewState.SUBMITTED)
                .stream()
                .map(o -> new QueueItem(OfferingRow.of(o), providerName(names, o.providerId())))
                .toList();
    }

    record QueueItem(OfferingRow offering, String providerName) {}

    /** Per provider, how many of its published offerings are fresh, due, stale or hidden; the worst first. */
    @Transactional(readOnly = true)
    List<FreshnessRow> freshness() {
        var today = LocalDate.now(clock);
        var byProvider = offerings
                .findByMunicipalityCodeAndReviewStateOrderByUpdatedAt(
                        areas.municipality().code(), ReviewState.PUBLISHED)
                .stream()
                .collect(Collectors.groupingBy(
                        Offering::providerId,
                        Collectors.groupingBy(
                                o -> Freshness.of(o.lastConfirmedOn(), today, settings), Collectors.counting())));
        return providers.findByMunicipalityCodeOrderByName(areas.municipality().code()).stream()
                .filter(p -> byProvider.containsKey(p.id()))
                .map(p -> FreshnessRow.of(p.name(), byProvider.get(p.id())))
                .sorted(Comparator.comparingLong(FreshnessRow::behind).reversed())
                .toList();
    }

    record FreshnessRow(String provider, long fresh, long due, long stale, long hidden) {

        static FreshnessRow of(String provider, Map<Freshness, Long> counts) {
            return new FreshnessRow(
                    provider,
                    counts.getOrDefault(Freshness.FRESH, 0L),
                    counts.getOrDefault(Freshness.DUE, 0L),
                    counts.getOrDefault(Freshness.STALE, 0L),
                    counts.getOrDefault(Freshness.HIDDEN, 0L));
        }

        long behind() {
            return due + stale * 2 + hidden * 3;
        }
    }

    /**
     * Offerings that look like the same thing entered twice: the same kind and the same title once case, spaces and
     * punctuation are ignored. The oldest comes first in each group; it is the one to keep.
     */
    @Transactional(readOnly = true)
    List<List<QueueItem>> duplicates() {
        var names = providers
                .findByMunicipalityCodeOrderByName(areas.municipality().code())
                .stream()
                .collect(Collectors.toMap(Provider::id, Function.identity()));
        var candidates = offerings.findAllById(
                offerings.likelyDuplicates(areas.municipality().code()));
        var groups = new LinkedHashMap<String, List<QueueItem>>();
        candidates.stream()
                .sorted(Comparator.comparing(Offering::createdAt))
                .forEach(o -> groups.computeIfAbsent(sameness(o), key -> new ArrayList<>())
                        .add(new QueueItem(OfferingRow.of(o), providerName(names, o.providerId()))));
        return List.copyOf(groups.values());
    }

    private static String sameness(Offering offering) {
        return offering.kind() + ":" + offering.title().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    /** Withdraws the duplicate and gives the kept offering its locations; both histories say so. */
    void merge(AccountSummary editor, UUID keepId, UUID duplicateId) {
        var keep = offerings.findById(keepId).orElseThrow(OfferingEditing.NotFound::new);
        var duplicate = offerings.findById(duplicateId).orElseThrow(OfferingEditing.NotFound::new);
        keep.absorb(duplicate, clock.instant()).forEach(change -> record(editor, keep, change));
        record(editor, duplicate, new FieldChange("mergedInto", null, keepId.toString()));
    }

    void approve(AccountSummary editor, UUID offeringId) {
        var offering = submitted(offeringId);
        offering.approve(clock.instant(), LocalDate.now(clock));
        record(editor, offering, new FieldChange("reviewState", "SUBMITTED", "PUBLISHED"));
    }

    /** Sends the offering back to the provider, who is mailed the reason. */
    void sendBack(AccountSummary editor, UUID offeringId, String reason) {
        var offering = submitted(offeringId);
        offering.sendBack();
        record(editor, offering, new FieldChange("reviewState", "SUBMITTED", "SENT_BACK"));
        record(editor, offering, new FieldChange("reviewReason", null, reason));
        providers.findById(offering.providerId()).ifPresent(provider -> mail.sentBack(provider, offering, reason));
    }

    private Offering submitted(UUID offeringId) {
        return offerings
                .findById(offeringId)
                .filter(o -> o.reviewState() == ReviewState.SUBMITTED)
                .orElseThrow(OfferingEditing.NotFound::new);
    }

    private void record(AccountSummary editor, Offering offering, FieldChange change) {
        history.save(new OfferingChange(offering.id(), editor.id(), clock.instant(), change));
    }

    private static String providerName(Map<UUID, Provider> providers, UUID id) {
        var provider = providers.get(id);
        return provider == null ? "" : provider.name();
    }
}
