package nl.omkijken.catalog;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import nl.omkijken.area.Areas;
import org.apache.commons.csv.CSVFormat;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Gives a municipality the standard themes and target groups once; editors manage them from then on. */
@Component
@Order(5)
class TaxonomyImporter implements ApplicationRunner {

    private final TaxonomyTermRepository terms;
    private final Areas areas;

    TaxonomyImporter(TaxonomyTermRepository terms, Areas areas) {
        this.terms = terms;
        this.areas = areas;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) throws IOException {
        var municipality = areas.municipality().code();
        if (terms.existsByMunicipalityCode(municipality)) {
            return;
        }
        var file = new ClassPathResource("catalog/taxonomy.csv");
        try (var reader = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
            var position = 0;
            for (var row : CSVFormat.DEFAULT
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(reader)) {
                terms.save(new TaxonomyTerm(
                        municipality,
                        Vocabulary.valueOf(row.get("vocabulary")),
                        row.get("code"),
                        row.get("label_nl"),
                        row.get("label_en"),
                        position++));
            }
        }
    }
}
