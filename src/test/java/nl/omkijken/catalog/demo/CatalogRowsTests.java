package nl.omkijken.catalog.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CatalogRowsTests {

    @Test
    void repeatsTheValuesOfAnInsertForSeveralRowsAndKeepsWhatFollows() {
        var sql = "insert into t (a, b) values (?, ?) on conflict (a) do nothing";

        assertThat(CatalogRows.manyRows(sql, 3))
                .isEqualTo("insert into t (a, b) values (?, ?), (?, ?), (?, ?) on conflict (a) do nothing");
    }

    @Test
    void leavesASingleRowAsItIs() {
        assertThat(CatalogRows.manyRows(OfferingTables.AMBITION, 1)).isEqualTo(OfferingTables.AMBITION);
    }
}
