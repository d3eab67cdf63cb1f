package nl.omkijken.finder;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.omkijken.area.Coordinates;
import org.hibernate.search.engine.search.projection.SearchProjection;
import org.hibernate.search.engine.search.projection.dsl.SearchProjectionFactory;
import org.hibernate.search.engine.spatial.GeoPoint;

/**
 * One offering as a result line, on the map or in the agenda shows it. Read from the index alone, so a search asks
 * nothing of the database.
 *
 * @param position the first place, for distances; null when the offering names no place
 * @param places every place with coordinates
 */
record Hit(
        UUID id,
        String title,
        String summary,
        String kind,
        String providerName,
        String placeLabel,
        Instant nextStart,
        boolean free,
        boolean stale,
        boolean temporarilyClosed,
        GeoPoint position,
        List<Place> places) {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    /** A place where it happens: a marker on the map. */
    record Place(String name, double latitude, double longitude) {}

    static SearchProjection<Hit> projection(SearchProjectionFactory<?, ?> f) {
        return f.composite()
                .from(
                        f.id(UUID.class),
                        f.field("title", String.class),
                        f.field("summary", String.class),
                        f.field("kind", String.class),
                        f.field("providerName", String.class),
                        f.field("placeLabel", String.class),
                        f.field("nextStart", Instant.class),
                        f.field("free", Boolean.class),
                        f.field("stale", Boolean.class),
                        f.field("temporarilyClosed", Boolean.class),
                        f.field("position", GeoPoint.class),
                        f.field("placeNames", String.class).list(),
                        f.field("placeLatitudes", Double.class).list(),
                        f.field("placeLongitudes", Double.class).list())
                .asArray(Hit::of)
                .toProjection();
    }

    @SuppressWarnings("unchecked")
    private static Hit of(Object[] v) {
        var names = (List<String>) v[11];
        var latitudes = (List<Double>) v[12];
        var longitudes = (List<Double>) v[13];
        var places = new ArrayList<Place>();
        for (var i = 0; i < names.size(); i++) {
            places.add(new Place(names.get(i), latitudes.get(i), longitudes.get(i)));
        }
        return new Hit(
                (UUID) v[0],
                (String) v[1],
                (String) v[2],
                (String) v[3],
                (String) v[4],
                (String) v[5],
                (Instant) v[6],
                (Boolean) v[7],
                (Boolean) v[8],
                (Boolean) v[9],
                (GeoPoint) v[10],
                List.copyOf(places));
    }

    /** When it next takes place, in Zwolle's time; null when no date is known. */
    public ZonedDateTime next() {
        return nextStart == null ? null : nextStart.atZone(AMSTERDAM);
    }

    /** How far this is from a point, in kilometres and as the crow flies; null when it names no place. */
    public Double kilometresFrom(Coordinates point) {
        if (point == null || position == null) {
            return null;
        }
        var dLat = Math.toRadians(position.latitude() - point.latitude());
        var dLon = Math.toRadians(position.longitude() - point.longitude());
        var a = Math.pow(Math.sin(dLat / 2), 2)
                + Math.cos(Math.toRadians(point.latitude()))
                        * Math.cos(Math.toRadians(position.latitude()))
                        * Math.pow(Math.sin(dLon / 2), 2);
        return 6371.0 * 2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a));
    }

    /** The offering's page, with its title in the address. */
    public String path() {
        return "/aanbod/" + id + "/" + FinderController.slug(title);
    }
}
