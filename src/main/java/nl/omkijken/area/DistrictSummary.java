package nl.omkijken.area;

import java.util.List;

/**
 * A wijk as other modules see it.
 *
 * @param inhabitants CBS count, null when unknown
 * @param inhabitantsYear the CBS reference year of {@code inhabitants}
 */
public record DistrictSummary(
        String code,
        String name,
        Integer inhabitants,
        Integer inhabitantsYear,
        Coordinates centre,
        List<NeighbourhoodSummary> neighbourhoods) {}
