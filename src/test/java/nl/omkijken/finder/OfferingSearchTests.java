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
    void nothingFoundIsCountedPerQueryAndWijkWithoutWhoAsked() {
        var word = "onbekendwoord" + UUID.randomUUID().toString().substring(0, 6);

        search.search(query(word));
        search.search(query(word.toUpperCase()));

        assertThat(jdbc.queryForObject(
                        "select searches from search_gap where query = ? and district_code = ''", Integer.class, word))
                .isEqualTo(2);
    }

    private java.util.List<String> titles(String q) {
        return search.search(query(q)).hits().stream()
                .map(OfferingSearch.Hit::title)
                .toList();
    }

    private static SearchQuery query(String q) {
        return new SearchQuery(q, null, null, null, null, null, null, null, false, false, false, 1);
    }
}
