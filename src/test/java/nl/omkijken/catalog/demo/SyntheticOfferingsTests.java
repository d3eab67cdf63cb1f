package nl.omkijken.catalog.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import nl.omkijken.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@IntegrationTest
class SyntheticOfferingsTests {

    @Autowired
    SyntheticOfferings synthetic;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void removeSyntheticData() {
        var provider = synthetic.providerId();
        jdbc.update("delete from offering where provider_id = ?", provider);
        jdbc.update("delete from location where provider_id = ?", provider);
        jdbc.update("delete from provider where id = ?", provider);
        jdbc.update("delete from organisation where id = ?", provider);
    }

    @Test
    void addsExactlyTheNumberAskedForAndNothingOnASecondRun() {
        var curated = offeringCount();

        assertThat(synthetic.generate(500)).isEqualTo(500);
        assertThat(offeringCount()).isEqualTo(curated + 500);
        assertThat(synthetic.generate(500)).isZero();
        assertThat(offeringCount()).isEqualTo(curated + 500);
        assertThat(jdbc.queryForObject(
                        "select count(*) from offering where provider_id = ? and title not like '%(testdata)'",
                        Long.class, synthetic.providerId()))
                .isZero();
    }

    @Test
    void aLargerScaleAddsOnlyTheMissingOfferingsAndKeepsTheFirstOnes() {
        synthetic.generate(300);
        var first = offering(SyntheticRows.id(SyntheticRows.OFFERING, 299).toString());

        assertThat(synthetic.generate(800)).isEqualTo(500);
        assertThat(offering(SyntheticRows.id(SyntheticRows.OFFERING, 299).toString()))
                .isEqualTo(first);
        assertThat(offering(SyntheticRows.id(SyntheticRows.OFFERING, 799).toString()))
                .isNotEmpty();
        assertThat(offering(SyntheticRows.id(SyntheticRows.OFFERING, 800).toString()))
                .isEmpty();
    }

    @Test
    void spreadsTheTestLocationsOverEveryBuurt() {
        synthetic.generate(1);

        assertThat(jdbc.queryForObject(
                        "select count(distinct neighbourhood_code) from location where provider_id = ?",
                        Long.class,
                        synthetic.providerId()))
                .isEqualTo(78);
    }

    private List<Map<String, Object>> offering(String id) {
        return jdbc.queryForList(
                "select title, summary, kind, free, cost_amount, min_age, max_age from offering where id = ?::uuid",
                id);
    }

    private long offeringCount() {
        return jdbc.queryForObject("select count(*) from offering", Long.class);
    }
}
