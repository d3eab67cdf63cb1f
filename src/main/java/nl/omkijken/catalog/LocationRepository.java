package nl.omkijken.catalog;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface LocationRepository extends JpaRepository<Location, UUID> {

    List<Location> findByProviderIdOrderByName(UUID providerId);
}
