package nl.omkijken.catalog.demo;

import static java.util.stream.Collectors.toMap;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import nl.omkijken.area.Areas;
import nl.omkijken.area.Coordinates;
import nl.omkijken.area.NeighbourhoodSummary;

/**
 * Puts demo locations on the map near the label point of their buurt, spread a little so that pins do not stack,
 * and never outside the buurt they are meant for.
 */
class DemoPlacement {

    private static final double LATITUDE_SPREAD = 0.0018;
    private static final double LONGITUDE_SPREAD = 0.003;

    private final Areas areas;
    private final Map<String, NeighbourhoodSummary> byCode;

    DemoPlacement(Areas areas) {
        this.areas = areas;
        this.byCode = areas.districts().stream()
                .flatMap(d -> d.neighbourhoods().stream())
                .collect(toMap(NeighbourhoodSummary::code, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }

    /** All buurten in CBS code order. */
    List<NeighbourhoodSummary> neighbourhoods() {
        return List.copyOf(byCode.values());
    }

    NeighbourhoodSummary neighbourhood(String code) {
        var neighbourhood = byCode.get(code);
        if (neighbourhood == null) {
            throw new IllegalArgumentException(
                    "No buurt " + code + " in " + areas.municipality().name());
        }
        return neighbourhood;
    }

    /**
     * The label point moved by up to about a hundred metres, the same for the same seed. Moves that would leave
     * the buurt are halved a few times, then the label point itself is used.
     */
    Coordinates pointIn(NeighbourhoodSummary neighbourhood, long seed) {
        var random = new Random(seed);
        var centre = neighbourhood.centre();
        var latitudeStep = (random.nextDouble() - 0.5) * LATITUDE_SPREAD;
        var longitudeStep = (random.nextDouble() - 0.5) * LONGITUDE_SPREAD;
        for (var scale = 1.0; scale > 0.1; scale /= 2) {
            var moved = new Coordinates(
                    centre.latitude() + latitudeStep * scale, centre.longitude() + longitudeStep * scale);
            if (liesIn(moved, neighbourhood)) {
                return moved;
            }
        }
        return centre;
    }

    private boolean liesIn(Coordinates point, NeighbourhoodSummary neighbourhood) {
        return areas.neighbourhoodAt(point)
                .filter(found -> found.code().equals(neighbourhood.code()))
                .isPresent();
    }
}
