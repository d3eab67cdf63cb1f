package nl.omkijken.finder;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.omkijken.area.Areas;
import nl.omkijken.area.Coordinates;
import nl.omkijken.area.NeighbourhoodSummary;
import nl.omkijken.catalog.Postcodes;
import org.springframework.stereotype.Component;

/**
 * The point distances are measured from: the centre of a chosen buurt, or where a postcode lies. A postcode's place
 * comes from the catalog's locations, which change seldom, so it is kept for an hour.
 */
@Component
class Origins {

    private final Areas areas;
    private final Postcodes postcodes;
    private final Cache<String, Optional<Coordinates>> postcodeCentres = Caffeine.newBuilder()
            .maximumSize(5_000)
            .expireAfterWrite(Duration.ofHours(1))
            .build();
    private volatile Map<String, Coordinates> centres = Map.of();

    Origins(Areas areas, Postcodes postcodes) {
        this.areas = areas;
        this.postcodes = postcodes;
    }

    /** From a buurt code or a postcode; empty for anything else, or a postcode where no location is known. */
    Optional<Coordinates> of(String buurtOrPostcode) {
        if (buurtOrPostcode == null) {
            return Optional.empty();
        }
        var centre = centres().get(buurtOrPostcode);
        if (centre != null) {
            return Optional.of(centre);
        }
        return Postcodes.normalise(buurtOrPostcode).flatMap(code -> postcodeCentres.get(code, postcodes::centre));
    }

    private Map<String, Coordinates> centres() {
        if (centres.isEmpty()) {
            // Read on first use: the buurten are loaded into the database after this bean is made.
            centres = areas.districts().stream()
                    .flatMap(d -> d.neighbourhoods().stream())
                    .collect(Collectors.toMap(NeighbourhoodSummary::code, NeighbourhoodSummary::centre));
        }
        return centres;
    }
}
