package nl.omkijken.finder;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SearchEntryRepository extends JpaRepository<SearchEntry, UUID> {

    /** Every entry's id, without reading the entries: there may be a million. */
    @Query("select e.id from SearchEntry e")
    List<UUID> findAllIds();
}
