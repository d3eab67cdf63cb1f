package nl.omkijken.identity;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface OrganisationRepository extends JpaRepository<Organisation, UUID> {

    List<Organisation> findByMunicipalityCodeOrderByName(String municipalityCode);

    Optional<Organisation> findByMunicipalityCodeAndNameIgnoreCase(String municipalityCode, String name);
}
