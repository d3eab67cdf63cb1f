package nl.omkijken.finder;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.omkijken.area.Areas;
import nl.omkijken.area.Coordinates;
import nl.omkijken.area.NeighbourhoodSummary;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.engine.spatial.GeoPoint;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Searches the public offer. Every word the resident typed must match, each in one of several ways: as written or
 * with the same stem, as part of a compound, through a synonym, or (the last word) as the start of a word in a title;
 * when that finds nothing, also with a typo or two. Title matches weigh most; among equals, what happens soonest comes first.
 */
@Service
class OfferingSearch {

    static final int PAGE_SIZE = 20;

    /** The most offerings the agenda of one period reads; more than a month of any wijk holds. */
    static final int AGENDA_OFFERINGS = 2_000;

    static final AggregationKey<Map<String, Long>> KIND = AggregationKey.of("kind");
    static final AggregationKey<Map<String, Long>> THEME = AggregationKey.of("themes");
    static final AggregationKey<Map<String, Long>> TARGET_GROUP = AggregationKey.of("targetGroups");
    static final AggregationKey<Map<String, Long>> DISTRICT = AggregationKey.of("districts");
    static final AggregationKey<Map<String, Long>> WEEKDAY = AggregationKey.of("weekdays");
    static final AggregationKey<Map<String, Long>> PART_OF_DAY = AggregationKey.of("partsOfDay");
    static final AggregationKey<Map<String, Long>> LANGUAGE = AggregationKey.of("languages");
    static final AggregationKey<Map<Boolean, Long>> FREE = AggregationKey.of("free");
    static final AggregationKey<Map<Boolean, Long>> WHEELCHAIR = AggregationKey.of("wheelchair");
    static final AggregationKey<Map<Boolean, Long>> WALK_IN = AggregationKey.of("walkIn");

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    private final EntityManager entityManager;
    private final Synonyms synonyms;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Areas areas;
    private volatile Map<String, Coordinates> centres = Map.of();

    OfferingSearch(EntityManager entityManager, Synonyms synonyms, JdbcTemplate jdbc, Clock clock, Areas areas) {
        this.entityManager = entityManager;
        this.synonyms = synonyms;
        this.jdbc = jdbc;
        this.clock = clock;
        this.areas = areas;
    }

    /** The centre of a buurt, to measure distances from; empty for an unknown code. */
    java.util.Optional<Coordinates> centreOf(String neighbourhoodCode) {
        if (centres.isEmpty()) {
            // Read on first use: the buurten are loaded into the database after this bean is made.
            centres = areas.districts().stream()
                    .flatMap(d -> d.neighbourhoods().stream())
                    .collect(java.util.stream.Collectors.toMap(
                            NeighbourhoodSummary::code, NeighbourhoodSummary::centre));
        }
        return java.util.Optional.ofNullable(neighbourhoodCode).map(centres::get);
    }

    /** One result line. */
    record Hit(
            UUID id,
            String title,
            String summary,
            String kind,
            String providerName,
            String placeLabel,
            ZonedDateTime next,
            boolean free,
            boolean stale,
            boolean temporarilyClosed,
            Double latitude,
            Double longitude) {

        /** How far this is from a point, in kilometres and as the crow flies; null when it names no place. */
        public Double kilometresFrom(Coordinates point) {
            if (point == null || latitude == null || longitude == null) {
                return null;
            }
            var dLat = Math.toRadians(latitude - point.latitude());
            var dLon = Math.toRadians(longitude - point.longitude());
            var a = Math.pow(Math.sin(dLat / 2), 2)
                    + Math.cos(Math.toRadians(point.latitude()))
                            * Math.cos(Math.toRadians(latitude))
                            * Math.pow(Math.sin(dLon / 2), 2);
            return 6371.0 * 2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a));
        }

        /** The offering's page, with its title in the address. */
        public String path() {
            return "/aanbod/" + id + "/" + FinderController.slug(title);
        }
    }

    /** A page of results with the counts per filter value over all results. */
    record Results(long total, List<Hit> hits, Map<AggregationKey<?>, Map<?, Long>> counts, long withoutFilters) {

        public int pages() {
            return (int) Math.min(SearchQuery.MAX_PAGE, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        }

        @SuppressWarnings("unchecked")
        <K> Map<K, Long> counts(AggregationKey<Map<K, Long>> key) {
            return (Map<K, Long>) counts.get(key);
        }
    }

    /**
     * Searches without typo tolerance first, so that a word that is found as written does not also bring in every
     * word that looks like it; only when that finds nothing are typos allowed.
     */
    @Transactional
    public Results search(SearchQuery query) {
        var result = run(query, true, false);
        if (result.total().hitCount() == 0 && !query.q().isEmpty()) {
            result = run(query, true, true);
        }
        var total = result.total().hitCount();
        var withoutFilters = total == 0 && query.hasFilters() && !query.q().isEmpty()
                ? run(withoutFilters(query), false, true).total().hitCount()
                : total;
        if (total == 0 && !query.q().isEmpty()) {
            recordGap(query);
        }
        var hits = result.hits().stream().map(OfferingSearch::hit).toList();
        Map<AggregationKey<?>, Map<?, Long>> counts = new java.util.HashMap<>();
        for (var key : List.of(KIND, THEME, TARGET_GROUP, DISTRICT, WEEKDAY, PART_OF_DAY, LANGUAGE)) {
            counts.put(key, result.aggregation(key));
        }
        for (var key : List.of(FREE, WHEELCHAIR, WALK_IN)) {
            counts.put(key, result.aggregation(key));
        }
        return new Results(total, hits, counts, withoutFilters);
    }

    private SearchResult<SearchEntry> run(SearchQuery query, boolean withCounts, boolean typos) {
        return run(query, withCounts, typos, null, null, (query.page() - 1) * PAGE_SIZE, PAGE_SIZE);
    }

    /** @param from with {@code until}, only offerings with an occurrence starting in [from, until) */
    private SearchResult<SearchEntry> run(
            SearchQuery query,
            boolean withCounts,
            boolean typos,
            java.time.Instant from,
            java.time.Instant until,
            int offset,
            int limit) {
        var search = Search.session(entityManager)
                .search(SearchEntry.class)
                .where((f, root) -> {
                    root.add(f.matchAll());
                    if (from != null) {
                        root.add(f.range().field("occurrenceStarts").between(from, until.minusMillis(1)));
                    }
                    if (!query.q().isEmpty()) {
                        root.add(text(f, query.q(), typos));
                    }
                    filter(f, root::add, "kind", query.soort());
                    filter(f, root::add, "themes", query.thema());
                    filter(f, root::add, "targetGroups", query.doelgroep());
                    filter(f, root::add, "districts", query.wijk());
                    filter(f, root::add, "weekdays", query.dag());
                    filter(f, root::add, "partsOfDay", query.dagdeel());
                    filter(f, root::add, "languages", query.taal());
                    if (query.gratis()) {
                        root.add(f.match().field("free").matching(true));
                    }
                    if (query.rolstoel()) {
                        root.add(f.match().field("wheelchair").matching(true));
                    }
                    if (query.zonderAanmelden()) {
                        root.add(f.match().field("walkIn").matching(true));
                    }
                })
                .sort(f -> {
                    var origin = centreOf(query.bij());
                    if ("afstand".equals(query.sorteer()) && origin.isPresent()) {
                        var point = GeoPoint.of(
                                origin.get().latitude(), origin.get().longitude());
                        return f.distance("position", point)
                                .missing()
                                .last()
                                .then()
                                .score();
                    }
                    if ("datum".equals(query.sorteer()) || query.q().isEmpty()) {
                        return f.field("nextStart").missing().last().then().score();
                    }
                    return f.score().then().field("nextStart").missing().last();
                });
        if (withCounts) {
            search = search.aggregation(KIND, f -> f.terms().field("kind", String.class))
                    .aggregation(
                            THEME, f -> f.terms().field("themes", String.class).maxTermCount(100))
                    .aggregation(
                            TARGET_GROUP,
                            f -> f.terms().field("targetGroups", String.class).maxTermCount(100))
                    .aggregation(
                            DISTRICT,
                            f -> f.terms().field("districts", String.class).maxTermCount(100))
                    .aggregation(WEEKDAY, f -> f.terms().field("weekdays", String.class))
                    .aggregation(PART_OF_DAY, f -> f.terms().field("partsOfDay", String.class))
                    .aggregation(
                            LANGUAGE,
                            f -> f.terms().field("languages", String.class).maxTermCount(100))
                    .aggregation(FREE, f -> f.terms().field("free", Boolean.class))
                    .aggregation(WHEELCHAIR, f -> f.terms().field("wheelchair", Boolean.class))
                    .aggregation(WALK_IN, f -> f.terms().field("walkIn", Boolean.class));
        }
        return search.fetch(offset, limit);
    }

    /** The offerings that match the query and name a place, for the map: at most {@code max}. */
    @Transactional(readOnly = true)
    public List<Hit> points(SearchQuery query, int max) {
        return run(query, false, false, null, null, 0, max).hits().stream()
                .filter(e -> e.latitude() != null)
                .map(OfferingSearch::hit)
                .toList();
    }

    /** The ids of the offerings that match the text, best first, at most {@code max}; typos only when needed. */
    @Transactional(readOnly = true)
    public List<UUID> ids(String text, int max) {
        var words = new SearchQuery(text, null, null, null, null, null, null, null, false, false, false, 1).q();
        if (words.isEmpty()) {
            return List.of();
        }
        var strict = ids(words, false, max);
        return strict.isEmpty() ? ids(words, true, max) : strict;
    }

    private List<UUID> ids(String words, boolean typos, int max) {
        return Search.session(entityManager)
                .search(SearchEntry.class)
                .select(f -> f.id(UUID.class))
                .where((f, root) -> root.add(text(f, words, typos)))
                .fetchHits(max);
    }

    /** One time something takes place, for the agenda. */
    record AgendaItem(ZonedDateTime start, ZonedDateTime end, Hit hit) {}

    /**
     * Everything that takes place in [from, until) and matches the query, nearest first, at most {@code max} lines.
     */
    @Transactional(readOnly = true)
    public List<AgendaItem> agenda(SearchQuery query, LocalDate from, LocalDate until, int max) {
        var start = from.atStartOfDay(AMSTERDAM).toInstant();
        var end = until.atStartOfDay(AMSTERDAM).toInstant();
        var entries = run(query, false, false, start, end, 0, AGENDA_OFFERINGS).hits();
        return entries.stream()
                .flatMap(e -> e.occurrencesBetween(start, end).stream()
                        .map(o -> new AgendaItem(o[0].atZone(AMSTERDAM), o[1].atZone(AMSTERDAM), hit(e))))
                .filter(i -> query.dagdeel() == null
                        || SearchEntry.PartOfDay.of(i.start()).name().equals(query.dagdeel()))
                .sorted(java.util.Comparator.comparing(AgendaItem::start)
                        .thenComparing(i -> i.hit().title()))
                .limit(max)
                .toList();
    }

    private static Hit hit(SearchEntry e) {
        return new Hit(
                e.id(),
                e.title(),
                e.summary(),
                e.kind(),
                e.providerName(),
                e.placeLabel(),
                e.nextStart() == null ? null : e.nextStart().atZone(AMSTERDAM),
                e.free(),
                e.stale(),
                e.temporarilyClosed(),
                e.latitude(),
                e.longitude());
    }

    private static void filter(
            SearchPredicateFactory f, java.util.function.Consumer<SearchPredicate> add, String field, String value) {
        if (value != null) {
            add.accept(f.match().field(field).matching(value).toPredicate());
        }
    }

    /** Every word must match; each may match in any of the ways this class describes. */
    private SearchPredicate text(SearchPredicateFactory f, String text, boolean typos) {
        var words = Arrays.stream(text.split(" "))
                .filter(w -> !w.isBlank())
                .limit(12)
                .toList();
        var all = f.and();
        for (var i = 0; i < words.size(); i++) {
            var word = words.get(i);
            var any = f.or();
            any.add(f.match()
                    .field("title")
                    .boost(3f)
                    .field("summary")
                    .boost(1.5f)
                    .fields("body", "context")
                    .matching(word));
            for (var alternative : synonyms.of(word)) {
                any.add(f.phrase()
                        .field("title")
                        .boost(2f)
                        .fields("summary", "body", "context")
                        .matching(alternative));
            }
            var edits = word.length() <= 3 ? 0 : word.length() <= 6 ? 1 : 2;
            if (typos && edits > 0) {
                any.add(f.match()
                        .fields("title", "summary", "body", "context")
                        .matching(word)
                        .fuzzy(edits, 1)
                        .boost(0.5f));
            }
            if (i == words.size() - 1 && word.length() >= 2) {
                any.add(f.match().field("title_prefix").matching(word).boost(1.5f));
            }
            all.add(any);
        }
        return all.toPredicate();
    }

    private static SearchQuery withoutFilters(SearchQuery query) {
        return new SearchQuery(query.q(), null, null, null, null, null, null, null, false, false, false, 1);
    }

    /** A search that found nothing, counted per day, normalised query and wijk; nothing about who searched. */
    private void recordGap(SearchQuery query) {
        jdbc.update(
                "insert into search_gap (day, query, district_code, searches) values (?, ?, ?, 1)"
                        + " on conflict (day, query, district_code) do update set searches = search_gap.searches + 1",
                LocalDate.now(clock),
                Synonyms.normalise(query.q()),
                query.wijk() == null ? "" : query.wijk());
    }
}
