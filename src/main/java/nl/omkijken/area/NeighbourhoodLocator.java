package nl.omkijken.area;

import java.util.List;
import java.util.Optional;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateFilter;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;

/**
 * Finds the buurt a point lies in (JTS point-in-polygon over an STR-tree), or the nearest buurt when the point lies
 * just outside every polygon, as happens at the edge of the simplified CBS map. Works in a local flat projection in
 * metres, which is exact enough within one municipality.
 */
class NeighbourhoodLocator {

    private static final double METRES_PER_DEGREE_LATITUDE = 110_574;
    private static final double METRES_PER_DEGREE_LONGITUDE_AT_EQUATOR = 111_320;

    private final GeometryFactory geometries = new GeometryFactory();
    private final STRtree index = new STRtree();
    private final double metresPerDegreeLongitude;
    private final double nearestWithinMetres;

    private record Entry(NeighbourhoodSummary neighbourhood, Geometry shape) {}

    NeighbourhoodLocator(List<Neighbourhood> neighbourhoods, double nearestWithinMetres) {
        var referenceLatitude = neighbourhoods.stream()
                .mapToDouble(n -> n.summary().centre().latitude())
                .average()
                .orElse(52);
        this.metresPerDegreeLongitude =
                METRES_PER_DEGREE_LONGITUDE_AT_EQUATOR * Math.cos(Math.toRadians(referenceLatitude));
        this.nearestWithinMetres = nearestWithinMetres;
        var reader = new GeoJsonReader(geometries);
        for (var neighbourhood : neighbourhoods) {
            var shape = project(parse(reader, neighbourhood.boundary()));
            index.insert(shape.getEnvelopeInternal(), new Entry(neighbourhood.summary(), shape));
        }
        index.build();
    }

    Optional<NeighbourhoodSummary> locate(Coordinates coordinates) {
        var point = geometries.createPoint(project(coordinates.longitude(), coordinates.latitude()));
        var search = point.getEnvelopeInternal();
        search.expandBy(nearestWithinMetres);
        Entry nearest = null;
        var nearestDistance = Double.MAX_VALUE;
        for (var candidate : index.query(search)) {
            var entry = (Entry) candidate;
            var distance = entry.shape().distance(point);
            if (distance == 0) {
                return Optional.of(entry.neighbourhood());
            }
            if (distance < nearestDistance) {
                nearest = entry;
                nearestDistance = distance;
            }
        }
        return nearestDistance <= nearestWithinMetres ? Optional.of(nearest.neighbourhood()) : Optional.empty();
    }

    private Geometry project(Geometry wgs84) {
        var projected = wgs84.copy();
        projected.apply((CoordinateFilter) c -> c.setCoordinate(project(c.x, c.y)));
        projected.geometryChanged();
        return projected;
    }

    private Coordinate project(double longitude, double latitude) {
        return new Coordinate(longitude * metresPerDegreeLongitude, latitude * METRES_PER_DEGREE_LATITUDE);
    }

    private static Geometry parse(GeoJsonReader reader, String geoJson) {
        try {
            return reader.read(geoJson);
        } catch (ParseException e) {
            throw new IllegalStateException("Unreadable buurt polygon", e);
        }
    }
}
