package nl.omkijken.area;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads the municipality's CBS areas once, on the first start: wijken and buurten with their polygons, and the
 * inhabitants per wijk. Later starts find them and do nothing.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class AreaImporter implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AreaImporter.class);
    private static final CSVFormat CSV =
            CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();

    private final AreaProperties properties;
    private final DistrictRepository districts;
    private final NeighbourhoodRepository neighbourhoods;
    private final ResourceLoader resources;
    private final JsonMapper json;

    AreaImporter(
            AreaProperties properties,
            DistrictRepository districts,
            NeighbourhoodRepository neighbourhoods,
            ResourceLoader resources,
            JsonMapper json) {
        this.properties = properties;
        this.districts = districts;
        this.neighbourhoods = neighbourhoods;
        this.resources = resources;
        this.json = json;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) throws IOException {
        var municipality = properties.municipalityCode();
        if (districts.existsByMunicipalityCode(municipality)) {
            return;
        }
        var districtBoundaries = boundaries("wijken.geojson", "wijkcode");
        var neighbourhoodBoundaries = boundaries("buurten.geojson", "buurtcode");
        var imported = new HashMap<String, District>();
        for (var row : rows("wijken.csv")) {
            if (!municipality.equals(row.get("gemeentecode"))) {
                continue;
            }
            var code = row.get("wijkcode");
            imported.put(
                    code,
                    new District(
                            code,
                            municipality,
                            row.get("wijknaam"),
                            row.get("wijknaam_cbs"),
                            point(row, "label"),
                            required(districtBoundaries, code)));
        }
        for (var row : rows("kerncijfers_wijken.csv")) {
            var district = imported.get(row.get("regiocode"));
            if (district != null && !row.get("aantal_inwoners").isBlank()) {
                district.recordInhabitants(
                        Integer.parseInt(row.get("aantal_inwoners")), Integer.parseInt(row.get("peiljaar")));
            }
        }
        districts.saveAll(imported.values());
        var count = 0;
        for (var row : rows("buurten.csv")) {
            if (!municipality.equals(row.get("gemeentecode"))) {
                continue;
            }
            var code = row.get("buurtcode");
            var districtCode = row.get("wijkcode");
            if (!imported.containsKey(districtCode)) {
                throw new IllegalStateException("Buurt " + code + " names unknown wijk " + districtCode);
            }
            neighbourhoods.save(new Neighbourhood(
                    code,
                    municipality,
                    districtCode,
                    row.get("buurtnaam"),
                    point(row, "label"),
                    required(neighbourhoodBoundaries, code)));
            count++;
        }
        log.info("Loaded {} wijken and {} buurten of {}", imported.size(), count, properties.municipalityName());
    }

    private List<CSVRecord> rows(String file) throws IOException {
        var resource = resources.getResource(properties.dataLocation() + file);
        try (var reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
            return CSV.parse(reader).getRecords();
        }
    }

    private Map<String, String> boundaries(String file, String codeProperty) throws IOException {
        var resource = resources.getResource(properties.dataLocation() + file);
        JsonNode collection;
        try (var in = resource.getInputStream()) {
            collection = json.readTree(in);
        }
        var result = new HashMap<String, String>();
        for (var feature : collection.get("features")) {
            result.put(
                    feature.get("properties").get(codeProperty).asString(),
                    feature.get("geometry").toString());
        }
        return result;
    }

    private static Coordinates point(CSVRecord row, String prefix) {
        return new Coordinates(
                Double.parseDouble(row.get(prefix + "_lat")), Double.parseDouble(row.get(prefix + "_lon")));
    }

    private static String required(Map<String, String> boundaries, String code) {
        var boundary = boundaries.get(code);
        if (boundary == null) {
            throw new IllegalStateException("No polygon for area " + code);
        }
        return boundary;
    }
}
