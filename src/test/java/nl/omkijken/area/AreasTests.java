package nl.omkijken.area;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import nl.omkijken.IntegrationTest;
import org.apache.commons.csv.CSVFormat;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;

@IntegrationTest
class AreasTests {

    @Autowired
    Areas areas;

    @Autowired
    AreaImporter importer;

    @Autowired
    DistrictRepository districts;

    @Autowired
    NeighbourhoodRepository neighbourhoods;

    @Test
    void loadsTheSixteenWijkenAndSeventyEightBuurtenOfZwolle() {
        var all = areas.districts();

        assertThat(all).hasSize(16);
        assertThat(all.stream().mapToInt(d -> d.neighbourhoods().size()).sum()).isEqualTo(78);
        assertThat(all).allSatisfy(d -> assertThat(d.code()).startsWith("WK0193"));
        assertThat(areas.district("WK019322").orElseThrow().name()).isEqualTo("Stadshagen");
    }

    @Test
    void loadsTheInhabitantsPerWijkFromTheCbsKerncijfers() {
        var binnenstad = areas.district("WK019310").orElseThrow();

        assertThat(binnenstad.inhabitants()).isEqualTo(4225);
        assertThat(binnenstad.inhabitantsYear()).isEqualTo(2024);
        assertThat(areas.districts().stream()
                        .mapToInt(DistrictSummary::inhabitants)
                        .sum())
                .isEqualTo(133_135);
    }

    @Test
    void everyBuurtLabelPointLiesInItsOwnBuurt() throws IOException {
        var resource = new ClassPathResource("areas/GM0193/buurten.csv");
        try (var reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
            var rows = CSVFormat.DEFAULT
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(reader)
                    .getRecords();
            assertThat(rows).hasSize(78);
            for (var row : rows) {
                var point = new Coordinates(
                        Double.parseDouble(row.get("label_lat")), Double.parseDouble(row.get("label_lon")));
                assertThat(areas.neighbourhoodAt(point))
                        .as("buurt at the label point of " + row.get("buurtnaam"))
                        .hasValueSatisfying(n -> assertThat(n.code()).isEqualTo(row.get("buurtcode")));
            }
        }
    }

    @Test
    void aPointJustOutsideTheMunicipalityGetsTheNearestBuurt() {
        // Westernmost corner of the buurt map lies in Westenholte; 0.002 degrees further west is about 140 m.
        var westernmost = westernmostVertex();
        var outside = new Coordinates(westernmost.latitude(), westernmost.longitude() - 0.002);

        assertThat(areas.neighbourhoodAt(outside))
                .hasValueSatisfying(n -> assertThat(n.districtCode())
                        .isEqualTo(
                                areas.neighbourhoodAt(westernmost).orElseThrow().districtCode()));
    }

    @Test
    void aPointFarFromTheMunicipalityHasNoBuurt() {
        var damSquareAmsterdam = new Coordinates(52.3731, 4.8922);

        assertThat(areas.neighbourhoodAt(damSquareAmsterdam)).isEmpty();
    }

    @Test
    void loadingAgainChangesNothing() throws Exception {
        var districtCount = districts.count();
        var neighbourhoodCount = neighbourhoods.count();

        importer.run(null);

        assertThat(districts.count()).isEqualTo(districtCount);
        assertThat(neighbourhoods.count()).isEqualTo(neighbourhoodCount);
    }

    private Coordinates westernmostVertex() {
        var reader = new GeoJsonReader();
        Coordinates best = null;
        for (var neighbourhood : neighbourhoods.findAll()) {
            try {
                for (var c : reader.read(neighbourhood.boundary()).getCoordinates()) {
                    if (best == null || c.x < best.longitude()) {
                        best = new Coordinates(c.y, c.x);
                    }
                }
            } catch (ParseException e) {
                throw new AssertionError(e);
            }
        }
        return best;
    }
}
