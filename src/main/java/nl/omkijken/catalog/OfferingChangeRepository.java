package nl.omkijken.catalog;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface OfferingChangeRepository extends JpaRepository<OfferingChange, UUID> {

    List<OfferingChange> findByOfferingIdOrderByChangedAtDesc(UUID offeringId);
}
