package nl.omkijken.catalog;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface ProviderRepository extends JpaRepository<Provider, UUID> {

    List<Provider> findByMunicipalityCodeOrderByName(String municipalityCode);
}
