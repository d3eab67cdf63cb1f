package nl.omkijken.identity;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface AccountRepository extends JpaRepository<Account, UUID> {

    Optional<Account> findByMunicipalityCodeAndEmail(String municipalityCode, String email);

    List<Account> findByMunicipalityCodeOrderByDisplayName(String municipalityCode);
}
