package nl.omkijken.audit;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface AccessLogEntryRepository
        extends JpaRepository<AccessLogEntry, UUID>, JpaSpecificationExecutor<AccessLogEntry> {

    @Query("select distinct e.subjectType from AccessLogEntry e where e.municipalityCode = :municipalityCode"
            + " order by e.subjectType")
    List<String> subjectTypes(String municipalityCode);

    /** In one statement: a nightly run may meet many thousands of lines. */
    @Modifying
    @Query("delete from AccessLogEntry e where e.viewedAt < :before")
    int deleteViewedBefore(Instant before);
}
