package nl.omkijken.area;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Which municipality this instance serves. Its areas are read from {@code dataLocation}, so another municipality
 * is added by dropping its CBS files there, not by code.
 *
 * @param municipalityCode CBS code, e.g. GM0193
 * @param municipalityName the name residents know, e.g. Zwolle
 * @param dataLocation folder with wijken.csv, buurten.csv, wijken.geojson, buurten.geojson and kerncijfers_wijken.csv
 * @param nearestWithinMeters how far outside every buurt a point may lie and still get the nearest buurt
 */
@ConfigurationProperties("omkijken.area")
public record AreaProperties(
        @DefaultValue("GM0193") String municipalityCode,
        @DefaultValue("Zwolle") String municipalityName,
        @DefaultValue("classpath:areas/GM0193/") String dataLocation,
        @DefaultValue("500") double nearestWithinMeters) {}
