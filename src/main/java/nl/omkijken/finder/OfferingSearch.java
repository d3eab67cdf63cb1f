package nl.omkijken.finder;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.projection.SearchProjection;
import org.hibernate.search.engine.search.projection.dsl.SearchProjectionFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.engine.spatial.GeoPoint;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Searches the public offer. Every word the resident typed must match, each in one of several ways: as written or
 * with the same stem, as part of a compound, through a synonym, or (the last word) as the start of a word in a title;
 * when that finds nothing, also with a typo or two. Title matches weigh most; among equals, what happens soonest comes first.
 */
@Service
class OfferingSearch {

    private static final int MAX_WORDS_TRIED = 5;

    static final int PAGE_SIZE = 20;

    /** The most offerings the agenda of one period reads; more than a month of any wijk holds. */
    static final int AGENDA_OFFERINGS = 2_000;

    /** More than all filter values together: six kinds, about a hundred buurten, some tens of terms. */
    private static final int MAX_FACETS = 2_000;

    private static final AggregationKey<Map<String, Long>> FACETS = AggregationKey.of(SearchEntry.FACETS);

    // Each key's name is the field its values are counted under in SearchEntry's facets.
    static final AggregationKey<Map<String, Long>> KIND = AggregationKey.of("kind");
    static final AggregationKey<Map<String, Long>> THEME = AggregationKey.of("themes");
    static final AggregationKey<Map<String, Long>> TARGET_GROUP = AggregationKey.of("targetGroups");
    static final AggregationKey<Map<String, Long>> DISTRICT = AggregationKey.of("districts");
    static final AggregationKey<Map<String, Long>> NEIGHBOURHOOD = AggregationKey.of("neighbourhoods");
    static final AggregationKey<Map<String, Long>> WEEKDAY = AggregationKey.of("weekdays");
    static final AggregationKey<Map<String, Long>> PART_OF_DAY = AggregationKey.of("partsOfDay");
    static final AggregationKey<Map<String, Long>> LANGUAGE = AggregationKey.of("languages");
    static final AggregationKey<Map<Boolean, Long>> FREE = AggregationKey.of("free");
    static final AggregationKey<Map<Boolean, Long>> WHEELCHAIR = AggregationKey.of("wheelchair");
    static final AggregationKey<Map<Boolean, Long>> WALK_IN = AggregationKey.of("walkIn");

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    private final EntityManager entityManager;
    private final TextMatch text;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Origins origins;

    OfferingSearch(EntityManager entityManager, TextMatch text, JdbcTemplate jdbc, Clock clock, Origins origins) {
        this.entityManager = entityManager;
        this.text = text;
        this.jdbc = jdbc;
        this.clock = clock;
        this.origins = origins;
    }

    /** The point to measure distances from: a buurt's centre or a postcode's place; empty for anything else. */
    java.util.Optional<nl.omkijken.area.Coordinates> centreOf(String buurtOrPostcode) {
        return origins.of(buurtOrPostcode);
    }

    /**
     * A page of results with the counts per filter value over all results.
     *
     * @param approximate the words as written found nothing, so these results allow typos
     * @param fewerWords for a search of several words that found nothing: the words that find something alone
     */
    record Results(
            long total,
            List<Hit> hits,
            Map<AggregationKey<?>, Map<?, Long>> counts,
            long openNow,
            long withoutFilters,
            boolean approximate,
            List<WordCount> fewerWords) {

        public int pages() {
            return (int) Math.min(SearchQuery.MAX_PAGE, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        }

        @SuppressWarnings("unchecked")
        <K> Map<K, Long> counts(AggregationKey<Map<K, Long>> key) {
            return (Map<K, Long>) counts.get(key);
        }
    }

    /**
     * Searches the words as written first. Only when they find nothing anywhere, filters aside, are typos allowed:
     * a word that is found as written should not also bring in every word that looks like it, and a filter that
     * leaves nothing is better undone than bent.
     */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public Results search(SearchQuery query) {
        var result = run(query, true, false);
        var total = result.total().hitCount();
        var withoutFilters = total;
        var approximate = false;
        List<WordCount> fewerWords = List.of();
        if (total == 0 && !query.q().isEmpty()) {
            withoutFilters = query.hasFilters() ? count(withoutFilters(query), false) : 0;
            if (withoutFilters == 0) {
                result = run(query, true, true);
                total = result.total().hitCount();
                approximate = total > 0;
                withoutFilters = total == 0 && query.hasFilters() ? count(withoutFilters(query), true) : total;
            }
            if (total == 0) {
                recordGap(query);
                fewerWords = fewerWords(query);
            }
        }
        var counts = counts(result.aggregation(FACETS));
        // A second search for what is open now costs less than counting it over all results: the few offerings
        // open this quarter hour lead, and the words are only tried on them.
        var openNow = query.openNu() || total == 0 ? total : count(query.withOpenNow(), approximate);
        return new Results(total, result.hits(), counts, openNow, withoutFilters, approximate, fewerWords);
    }

    /** The counts of {@link SearchEntry#getFacets()} split per filter, under the filter's key. */
    private static Map<AggregationKey<?>, Map<?, Long>> counts(Map<String, Long> facets) {
        var byField = new java.util.HashMap<String, Map<String, Long>>();
        facets.forEach((facet, count) -> {
            var split = facet.indexOf('=');
            byField.computeIfAbsent(facet.substring(0, split), k -> new java.util.HashMap<>())
                    .put(facet.substring(split + 1), count);
        });
        Map<AggregationKey<?>, Map<?, Long>> counts = new java.util.HashMap<>();
        for (var key : List.of(KIND, THEME, TARGET_GROUP, DISTRICT, NEIGHBOURHOOD, WEEKDAY, PART_OF_DAY, LANGUAGE)) {
            counts.put(key, byField.getOrDefault(key.name(), Map.of()));
        }
        for (var key : List.of(FREE, WHEELCHAIR, WALK_IN)) {
            var count = byField.getOrDefault(key.name(), Map.of()).get("true");
            counts.put(key, count == null ? Map.of() : Map.of(true, count));
        }
        return counts;
    }

    /** A word of the search, and how many results it finds alone with the same filters. */
    record WordCount(String word, long count) {}

    /**
     * Every word must match, so one word that is found nowhere ("koffie zwemmen") empties the page; this says which
     * words would find something on their own, typos allowed, at most {@link #MAX_WORDS_TRIED} of them.
     */
    private List<WordCount> fewerWords(SearchQuery query) {
        var words = java.util.Arrays.stream(query.q().split(" "))
                .distinct()
                .limit(MAX_WORDS_TRIED)
                .toList();
        if (words.size() < 2) {
            return List.of();
        }
        var found = new java.util.ArrayList<WordCount>();
        for (var word : words) {
            var alone = query.withWords(word);
            var count = count(alone, false);
            if (count == 0) {
                count = count(alone, true);
            }
            if (count > 0) {
                found.add(new WordCount(word, count));
            }
        }
        return found;
    }

    private long count(SearchQuery query, boolean typos) {
        return run(query, Hit::projection, false, typos, null, null, 0, 0)
                .total()
                .hitCount();
    }

    private SearchResult<Hit> run(SearchQuery query, boolean withCounts, boolean typos) {
        return run(query, Hit::projection, withCounts, typos, null, null, (query.page() - 1) * PAGE_SIZE, PAGE_SIZE);
    }

    /** @param from with {@code until}, only offerings with an occurrence starting in [from, until) */
    private <T> SearchResult<T> run(
            SearchQuery query,
            Function<SearchProjectionFactory<?, ?>, SearchProjection<T>> projection,
            boolean withCounts,
            boolean typos,
            Instant from,
            Instant until,
            int offset,
            int limit) {
        var now = SearchEntry.quarter(clock.instant());
        var session = Search.session(entityManager);
        var search = session.search(SearchEntry.class)
                .select(projection.apply(session.scope(SearchEntry.class).projection()))
                .where((f, root) -> {
                    root.add(f.matchAll());
                    if (from != null) {
                        root.add(f.range().field("occurrenceStarts").between(from, until.minusMillis(1)));
                    }
                    if (!query.q().isEmpty()) {
                        root.add(text.of(f, query.q(), typos));
                    }
                    filter(f, root::add, "kind", query.soort());
                    filter(f, root::add, "themes", query.thema());
                    filter(f, root::add, "targetGroups", query.doelgroep());
                    filter(f, root::add, "districts", query.wijk());
                    filter(f, root::add, "neighbourhoods", query.buurt());
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
                    if (query.openNu()) {
                        root.add(f.match().field("openQuarters").matching(now));
                    }
                })
                .sort(f -> {
                    var origin = origins.of(query.bij());
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
            search = search.aggregation(
                    FACETS,
                    f -> f.terms().field(SearchEntry.FACETS, String.class).maxTermCount(MAX_FACETS));
        }
        return search.fetch(offset, limit);
    }

    /** The offerings that match the query and name a place, for the map: at most {@code max}. */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public List<Hit> points(SearchQuery query, int max) {
        return run(query, Hit::projection, false, false, null, null, 0, max).hits().stream()
                .filter(h -> !h.places().isEmpty())
                .toList();
    }

    /** The ids of the offerings that match the text, best first, at most {@code max}; typos only when needed. */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
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
                .where((f, root) -> root.add(text.of(f, words, typos)))
                .fetchHits(max);
    }

    /** One time something takes place, for the agenda. */
    record AgendaItem(ZonedDateTime start, ZonedDateTime end, Hit hit) {}

    /** An offering with the times it takes place in the coming weeks. */
    private record Timed(Hit hit, List<Instant> starts, List<Instant> ends) {

        static SearchProjection<Timed> projection(SearchProjectionFactory<?, ?> f) {
            return f.composite()
                    .from(
                            Hit.projection(f),
                            f.field("occurrenceStarts", Instant.class).list().toProjection(),
                            f.field("occurrenceEnds", Instant.class).list().toProjection())
                    .as(Timed::new)
                    .toProjection();
        }

        /** The times that start in [from, until). */
        Stream<AgendaItem> between(Instant from, Instant until) {
            return IntStream.range(0, starts.size())
                    .filter(i -> !starts.get(i).isBefore(from) && starts.get(i).isBefore(until))
                    .mapToObj(i -> new AgendaItem(
                            starts.get(i).atZone(AMSTERDAM), ends.get(i).atZone(AMSTERDAM), hit));
        }
    }

    /**
     * Everything that takes place in [from, until) and matches the query, nearest first, at most {@code max} lines.
     */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public List<AgendaItem> agenda(SearchQuery query, LocalDate from, LocalDate until, int max) {
        var start = from.atStartOfDay(AMSTERDAM).toInstant();
        var end = until.atStartOfDay(AMSTERDAM).toInstant();
        var entries = run(query, Timed::projection, false, false, start, end, 0, AGENDA_OFFERINGS)
                .hits();
        return entries.stream()
                .flatMap(e -> e.between(start, end))
                .filter(i -> query.dagdeel() == null
                        || SearchEntry.PartOfDay.of(i.start()).name().equals(query.dagdeel()))
                .sorted(java.util.Comparator.comparing(AgendaItem::start)
                        .thenComparing(i -> i.hit().title()))
                .limit(max)
                .toList();
    }

    private static void filter(
            SearchPredicateFactory f, java.util.function.Consumer<SearchPredicate> add, String field, String value) {
        if (value != null) {
            add.accept(f.match().field(field).matching(value).toPredicate());
        }
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
