package nl.omkijken.catalog;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.omkijken.area.Areas;
import nl.omkijken.area.Coordinates;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Where a postcode lies, as far as the addresses of the catalog's locations tell: the middle of the locations with
 * that postcode, or with its four digits when the letters are unknown. The platform keeps no postcode register of its
 * own, so a postcode where no provider has a location is not found.
 */
@Service
public class Postcodes {

    private static final Pattern POSTCODE = Pattern.compile("[1-9][0-9]{3}([A-Z]{2})?");

    private final JdbcTemplate jdbc;
    private final Areas areas;

    Postcodes(JdbcTemplate jdbc, Areas areas) {
        this.jdbc = jdbc;
        this.areas = areas;
    }

    /** The postcode written the one way it is compared, such as {@code 8011AB} or {@code 8011}; empty if it is none. */
    public static Optional<String> normalise(String text) {
        if (text == null) {
            return Optional.empty();
        }
        var compact = text.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
        return POSTCODE.matcher(compact).matches() ? Optional.of(compact) : Optional.empty();
    }

    /** The middle of the known locations with this postcode (or its digits); empty when none is known. */
    public Optional<Coordinates> centre(String postcode) {
        return normalise(postcode).flatMap(code -> middle(code).or(() -> middle(code.substring(0, 4))));
    }

    private Optional<Coordinates> middle(String prefix) {
        return jdbc
                .query(
                        "select avg(latitude), avg(longitude), count(*) from location where municipality_code = ?"
                                + " and replace(upper(postcode), ' ', '') like ?",
                        (row, n) -> row.getLong(3) == 0 ? null : new Coordinates(row.getDouble(1), row.getDouble(2)),
                        areas.municipality().code(),
                        prefix + "%")
                .stream()
                .filter(java.util.Objects::nonNull)
                .findFirst();
    }
}
