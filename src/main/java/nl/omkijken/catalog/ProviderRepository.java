package nl.omkijken.catalog;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ProviderRepository extends JpaRepository<Provider, UUID> {

    List<Provider> findByMunicipalityCodeOrderByName(String municipalityCode);

    @Query("select p.logo from Provider p where p.id = :id")
    byte[] findLogo(UUID id);
}
