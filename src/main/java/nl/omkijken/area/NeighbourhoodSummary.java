package nl.omkijken.area;

/** A buurt as other modules see it; {@code centre} lies inside the buurt. */
public record NeighbourhoodSummary(String code, String name, String districtCode, Coordinates centre) {}
