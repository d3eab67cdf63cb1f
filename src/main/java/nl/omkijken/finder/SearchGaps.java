package nl.omkijken.finder;

import java.sql.Array;
import java.sql.Date;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.omkijken.area.Areas;
import nl.omkijken.area.DistrictSummary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/** What residents searched for in the last 30 days without finding anything, most searched first. */
@Service
class SearchGaps {

    static final int DAYS = 30;
    static final int PAGE_SIZE = 25;

    private final JdbcTemplate jdbc;
    private final Areas areas;
    private final Clock clock;

    SearchGaps(JdbcTemplate jdbc, Areas areas, Clock clock) {
        this.jdbc = jdbc;
        this.areas = areas;
        this.clock = clock;
    }

    /**
     * One query with how often it found nothing, and where from.
     *
     * @param districts the names of the wijken searched in; an empty name for searches in the whole municipality
     */
    record Gap(String query, long searches, List<String> districts) {

        /** The words of the query that could become a synonym. */
        public List<String> words() {
            return Arrays.stream(query.split(" "))
                    .filter(SynonymForm::isWord)
                    .distinct()
                    .toList();
        }
    }

    /** @param page counted from 1 */
    record Page(List<Gap> gaps, int page, int pages) {

        /** The place in the whole list of the first query on this page, counted from 1. */
        public int first() {
            return (page - 1) * PAGE_SIZE + 1;
        }
    }

    /** One page of queries; a page past the last gives the last. */
    Page page(int page) {
        var since = Date.valueOf(LocalDate.now(clock).minusDays(DAYS - 1));
        var total =
                jdbc.queryForObject("select count(distinct query) from search_gap where day >= ?", Long.class, since);
        var pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        var current = Math.max(1, Math.min(page, pages));
        var names = areas.districts().stream().collect(Collectors.toMap(DistrictSummary::code, DistrictSummary::name));
        var gaps = jdbc.query(
                "select query, sum(searches), array_agg(distinct district_code order by district_code)"
                        + " from search_gap where day >= ? group by query order by sum(searches) desc, query"
                        + " limit ? offset ?",
                (rs, i) -> new Gap(rs.getString(1), rs.getLong(2), districtNames(rs.getArray(3), names)),
                since,
                PAGE_SIZE,
                (current - 1) * PAGE_SIZE);
        return new Page(gaps, current, pages);
    }

    /** Names in alphabetical order, the whole municipality first; a code no longer known shows as it is. */
    private static List<String> districtNames(Array codes, Map<String, String> names) throws SQLException {
        return Arrays.stream((String[]) codes.getArray())
                .map(code -> code.isEmpty() ? "" : names.getOrDefault(code, code))
                .sorted()
                .toList();
    }
}
