package nl.omkijken.finder;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface SearchEntryRepository extends JpaRepository<SearchEntry, UUID> {}
