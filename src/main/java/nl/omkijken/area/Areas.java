package nl.omkijken.area;

import static java.util.stream.Collectors.groupingBy;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * The municipality's wijken and buurten, and which buurt a point lies in. Read once and then answered from memory,
 * so without a transaction: every page asks for them, and a transaction would take a database connection each time.
 */
@Service
public class Areas {

    private final AreaProperties properties;
    private final DistrictRepository districts;
    private final NeighbourhoodRepository neighbourhoods;
    private volatile NeighbourhoodLocator locator;

    private volatile List<DistrictSummary> districtList;

    Areas(AreaProperties properties, DistrictRepository districts, NeighbourhoodRepository neighbourhoods) {
        this.properties = properties;
        this.districts = districts;
        this.neighbourhoods = neighbourhoods;
    }

    /** The municipality this instance serves. */
    public Municipality municipality() {
        return new Municipality(properties.municipalityCode(), properties.municipalityName());
    }

    /**
     * All wijken in CBS code order, each with its buurten. Read once: the areas are loaded at the first start and do
     * not change while the application runs.
     */
    public List<DistrictSummary> districts() {
        var known = districtList;
        if (known != null) {
            return known;
        }
        var read = readDistricts();
        if (!read.isEmpty()) {
            districtList = read;
        }
        return read;
    }

    private List<DistrictSummary> readDistricts() {
        var byDistrict = neighbourhoods.findByMunicipalityCodeOrderByCode(properties.municipalityCode()).stream()
                .map(Neighbourhood::summary)
                .collect(groupingBy(NeighbourhoodSummary::districtCode));
        return districts.findByMunicipalityCodeOrderByCode(properties.municipalityCode()).stream()
                .map(d -> d.summary(byDistrict.getOrDefault(d.code(), List.of())))
                .toList();
    }

    /** One wijk with its buurten, if the code belongs to this municipality. */
    public Optional<DistrictSummary> district(String code) {
        return districts().stream().filter(d -> d.code().equals(code)).findFirst();
    }

    /** One buurt, if the CBS code belongs to this municipality. */
    public Optional<NeighbourhoodSummary> neighbourhood(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return districts().stream()
                .flatMap(d -> d.neighbourhoods().stream())
                .filter(n -> n.code().equals(code))
                .findFirst();
    }

    /** The buurt that contains the point, or the nearest one when the point lies just outside all of them. */
    public Optional<NeighbourhoodSummary> neighbourhoodAt(Coordinates coordinates) {
        return locator().locate(coordinates);
    }

    private NeighbourhoodLocator locator() {
        var current = locator;
        if (current == null) {
            synchronized (this) {
                current = locator;
                if (current == null) {
                    var all = neighbourhoods.findByMunicipalityCodeOrderByCode(properties.municipalityCode());
                    current = new NeighbourhoodLocator(all, properties.nearestWithinMeters());
                    if (!all.isEmpty()) {
                        locator = current;
                    }
                }
            }
        }
        return current;
    }
}
