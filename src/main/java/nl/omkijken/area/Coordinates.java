package nl.omkijken.area;

/** A WGS84 point. */
public record Coordinates(double latitude, double longitude) {

    public Coordinates {
        if (latitude < -90 || latitude > 90 || longitude < -180 || longitude > 180) {
            throw new IllegalArgumentException("Not a WGS84 coordinate: " + latitude + ", " + longitude);
        }
    }
}
