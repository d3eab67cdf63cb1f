package nl.omkijken.catalog;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface ScheduleRepository extends JpaRepository<Schedule, UUID> {

    List<Schedule> findByOfferingId(UUID offeringId);

    List<Schedule> findByOfferingIdIn(java.util.Collection<UUID> offeringIds);
}
