package nl.omkijken.catalog;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface OfferingRepository extends JpaRepository<Offering, UUID> {

    List<Offering> findByProviderIdOrderByTitle(UUID providerId);

    List<Offering> findByMunicipalityCodeAndReviewStateOrderByUpdatedAt(String municipalityCode, ReviewState state);

    long countByMunicipalityCode(String municipalityCode);
}
