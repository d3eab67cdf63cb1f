package nl.omkijken.help;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ActivityRecordRepository extends JpaRepository<ActivityRecord, UUID> {

    /** How many of each type per wijk in the period, for one category or all ({@code null}). */
    @Query("select a.districtCode as districtCode, a.type as type, count(a) as count from ActivityRecord a"
            + " where a.municipalityCode = :municipality and a.happenedAt >= :from and a.happenedAt < :to"
            + " and (:category is null or a.category = :category) group by a.districtCode, a.type")
    List<Count> count(String municipality, Instant from, Instant to, HelpCategory category);

    interface Count {
        String getDistrictCode();

        HelpActivity.Type getType();

        long getCount();
    }
}
