package nl.omkijken.finder;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import nl.omkijken.IntegrationTest;
import nl.omkijken.catalog.PublicOfferings;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** What residents type, against the demo offer of Zwolle as the index holds it after the start. */
@IntegrationTest
class OfferingSearchTests {

    @Autowired
    OfferingSearch search;

    @Autowired
    SearchIndex index;

    @Autowired
    PublicOfferings catalog;

    @Autowired
    Synonyms synonyms;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    nl.omkijken.area.Areas areas;

    @Test
    void aRebuildBringsTheIndexInLineWithEveryPublicOffering() {
        // Other tests write offerings straight into the database, past the catalog's announcements; a rebuild (as at
        // start and every night) catches up with those too.
        index.rebuild();

        assertThat(index.indexed()).isEqualTo(catalog.visibleIds().size()).isGreaterThan(250);
        assertThat(index.ids()).containsExactlyInAnyOrderElementsOf(catalog.visibleIds());
        assertThat(search.search(query("")).total()).isEqualTo(index.indexed());
    }

    @Test
    void aTypoStillFindsTheKoffieInloop() {
        assertThat(titles("koffieinlop")).anyMatch(t -> t.toLowerCase().contains("koffie-inloop"));
        assertThat(titles("koffie-inloop")).anyMatch(t -> t.toLowerCase().contains("koffie-inloop"));
    }

    @Test
    void aCompoundFindsItsPartsAndStemsMatch() {
        assertThat(titles("taalspreekuur")).contains("Taalhuis spreekuur: beter lezen en schrijven");
        assertThat(titles("wandelen")).contains("Stadswandeling met een verhaal");
        assertThat(titles("spreekuren")).contains("Spreekuur voor mantelzorgers");
    }

    @Test
    void synonymsInPlainDutchLeadToTheCatalogsWords() {
        assertThat(titles("geldzorgen")).contains("Een maatje bij schulden");
        assertThat(titles("eenzaam")).isNotEmpty();
    }

    @Test
    void editorsCanAddASynonymWithoutARelease() {
        var word = "zzwoord" + UUID.randomUUID().toString().substring(0, 6);
        assertThat(search.search(query(word)).total()).isZero();

        jdbc.update(
                "insert into search_synonym (term, term_key, alternatives) values (?, ?, 'stadswandeling')",
                word,
                word);
        synonyms.reload();

        assertThat(titles(word)).contains("Stadswandeling met een verhaal");
    }

    @Test
    void everyWordMustMatchAndFiltersNarrowWithCounts() {
        var all = search.search(query("koffie"));
        var inBinnenstad = search.search(
                new SearchQuery("koffie", "WK019310", null, null, null, null, null, null, false, false, false, 1));

        assertThat(inBinnenstad.total()).isPositive().isLessThan(all.total());
        assertThat(all.counts(OfferingSearch.DISTRICT).get("WK019310")).isEqualTo(inBinnenstad.total());
        assertThat(search.search(query("koffie zzzonzinwoord")).total()).isZero();
    }

    @Test
    void theCountBesideEachFilterValueIsWhatChoosingItFinds() {
        var all = search.search(query(""));
        var parameters = java.util.Map.of(
                OfferingSearch.KIND, "soort",
                OfferingSearch.THEME, "thema",
                OfferingSearch.TARGET_GROUP, "doelgroep",
                OfferingSearch.DISTRICT, "wijk",
                OfferingSearch.NEIGHBOURHOOD, "buurt",
                OfferingSearch.WEEKDAY, "dag",
                OfferingSearch.PART_OF_DAY, "dagdeel",
                OfferingSearch.LANGUAGE, "taal");
        parameters.forEach((key, parameter) -> {
            assertThat(all.counts(key)).as(parameter).isNotEmpty();
            all.counts(key)
                    .forEach((value, count) -> assertThat(
                                    search.search(SearchQuery.of(java.util.Map.of(parameter, java.util.List.of(value))))
                                            .total())
                            .as(parameter + "=" + value)
                            .isEqualTo(count));
        });
        for (var yes : java.util.Map.of(
                        OfferingSearch.FREE, "gratis",
                        OfferingSearch.WHEELCHAIR, "rolstoel",
                        OfferingSearch.WALK_IN, "zonderAanmelden")
                .entrySet()) {
            var chosen = search.search(SearchQuery.of(java.util.Map.of(yes.getValue(), java.util.List.of("ja"))));
            assertThat(chosen.total()).as(yes.getValue()).isPositive().isLessThan(all.total());
            assertThat(all.counts(yes.getKey()))
                    .as(yes.getValue())
                    .containsExactly(java.util.Map.entry(true, chosen.total()));
        }
    }

    @Test
    void nothingFoundIsCountedPerQueryAndWijkWithoutWhoAsked() {
        var word = "onbekendwoord" + UUID.randomUUID().toString().substring(0, 6);

        search.search(query(word));
        search.search(query(word.toUpperCase()));

        assertThat(jdbc.queryForObject(
                        "select searches from search_gap where query = ? and district_code = ''", Integer.class, word))
                .isEqualTo(2);
    }

    @Test
    void wordsFoundElsewhereAreNotBentByTyposWhenAFilterLeavesNothing() {
        var everywhere = search.search(query("koffie"));
        var inWijk = search.search(
                new SearchQuery("koffie", "WK019310", null, null, null, null, null, null, false, false, false, 1));
        var missingKind = java.util.stream.Stream.of(nl.omkijken.catalog.Kind.values())
                .map(Enum::name)
                .filter(kind -> !inWijk.counts(OfferingSearch.KIND).containsKey(kind))
                .findFirst()
                .orElseThrow();

        var there = search.search(new SearchQuery(
                "koffie", "WK019310", missingKind, null, null, null, null, null, false, false, false, 1));

        // With typos, "koffie" would also find words like "koffer"; the resident is offered the search without the
        // filters instead.
        assertThat(there.total()).isZero();
        assertThat(there.withoutFilters()).isEqualTo(everywhere.total()).isPositive();
    }

    @Test
    void aBuurtNarrowsToWhatTakesPlaceThereWithItsCount() {
        var inWijk = search.search(
                new SearchQuery("", "WK019310", null, null, null, null, null, null, false, false, false, 1));
        var buurt = inWijk.counts(OfferingSearch.NEIGHBOURHOOD).entrySet().stream()
                .filter(e -> e.getValue() < inWijk.total())
                .findFirst()
                .orElseThrow();

        var inBuurt = search.search(SearchQuery.of(
                java.util.Map.of("wijk", java.util.List.of("WK019310"), "buurt", java.util.List.of(buurt.getKey()))));

        assertThat(inBuurt.total()).isEqualTo(buurt.getValue()).isPositive();
        var ids = inBuurt.hits().stream().map(Hit::id).toList();
        assertThat(jdbc.queryForList(
                        "select id from search_entry where ? = any(neighbourhoods)", UUID.class, buurt.getKey()))
                .containsAll(ids);
    }

    @Test
    void openNowFindsWhatTakesPlaceInThisQuarterOfAnHour() throws Exception {
        var now = java.time.Instant.now();
        var quarterStart = java.time.Instant.ofEpochSecond(SearchEntry.quarter(now) * 900);
        var chosen = jdbc.queryForObject("select id from search_entry order by title limit 1", UUID.class);
        try {
            jdbc.update(
                    "update search_entry set occurrence_starts = array[?::timestamptz],"
                            + " occurrence_ends = array[?::timestamptz] where id = ?",
                    java.sql.Timestamp.from(now.minusSeconds(3600)),
                    java.sql.Timestamp.from(now.plusSeconds(3600)),
                    chosen);
            index.reindex();
            var open = jdbc.queryForList(
                    "select id from search_entry e where exists (select 1 from unnest(e.occurrence_starts,"
                            + " e.occurrence_ends) o(s, f) where o.s < ? and o.f > ?)",
                    UUID.class,
                    java.sql.Timestamp.from(quarterStart.plusSeconds(900)),
                    java.sql.Timestamp.from(quarterStart));

            var results = search.search(SearchQuery.of(java.util.Map.of("openNu", java.util.List.of("ja"))));

            assertThat(results.total()).isEqualTo(open.size());
            assertThat(search.search(query("")).openNow()).isEqualTo(open.size());
            // At a busy hour more than one page is open, so look through every page.
            var found = new java.util.ArrayList<UUID>();
            for (int page = 1; page <= results.pages(); page++) {
                search.search(SearchQuery.of(java.util.Map.of(
                                "openNu", java.util.List.of("ja"), "page", java.util.List.of(String.valueOf(page)))))
                        .hits()
                        .forEach(hit -> found.add(hit.id()));
            }
            assertThat(found).containsExactlyInAnyOrderElementsOf(open).contains(chosen);
        } finally {
            index.rebuild();
        }
    }

    @Test
    void severalWordsThatFindNothingTogetherSayWhichWordFindsSomethingAlone() {
        var results = search.search(query("koffie zzzonzin"));

        assertThat(results.total()).isZero();
        assertThat(results.fewerWords())
                .containsExactly(new OfferingSearch.WordCount(
                        "koffie", search.search(query("koffie")).total()));
        assertThat(search.search(query("zzzonzin")).fewerWords()).isEmpty();
    }

    @Test
    void resultsThatNeedTyposSaySo() {
        var misspelt = search.search(query("wandlen"));
        assertThat(misspelt.total()).isPositive();
        assertThat(misspelt.approximate()).isTrue();
        assertThat(search.search(query("koffie")).approximate()).isFalse();
    }

    @Test
    void aPostcodeWhereALocationIsMeasuresDistancesFromThere() {
        var place = jdbc.queryForMap(
                "select l.postcode, l.latitude, l.longitude, e.id from location l join offering_location ol"
                        + " on ol.location_id = l.id join search_entry e on e.id = ol.offering_id"
                        + " order by l.postcode limit 1");
        var postcode = (String) place.get("postcode");
        var typed = postcode.toLowerCase().replace(" ", "");

        var origin =
                search.centreOf(nl.omkijken.catalog.Postcodes.normalise(typed).orElseThrow());
        assertThat(origin).isPresent();
        assertThat(origin.get().latitude())
                .isCloseTo((Double) place.get("latitude"), org.assertj.core.data.Offset.offset(0.01));
        var nearest = search.search(SearchQuery.of(java.util.Map.of(
                        "postcode", java.util.List.of(typed), "sorteer", java.util.List.of("afstand"))))
                .hits()
                .get(0);
        assertThat(nearest.kilometresFrom(origin.get())).isLessThan(1.5);
        assertThat(search.centreOf("9999ZZ")).isEmpty();
        assertThat(search.centreOf("geen postcode")).isEmpty();
    }

    private java.util.List<String> titles(String q) {
        return search.search(query(q)).hits().stream().map(Hit::title).toList();
    }

    private static SearchQuery query(String q) {
        return new SearchQuery(q, null, null, null, null, null, null, null, false, false, false, 1);
    }
}
