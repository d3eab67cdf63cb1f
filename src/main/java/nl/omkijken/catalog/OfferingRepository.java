package nl.omkijken.catalog;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OfferingRepository extends JpaRepository<Offering, UUID> {

    List<Offering> findByProviderIdOrderByTitle(UUID providerId);

    List<Offering> findByMunicipalityCodeAndReviewStateOrderByUpdatedAt(String municipalityCode, ReviewState state);

    long countByMunicipalityCode(String municipalityCode);

    /** Published offerings confirmed on or before {@code confirmedBy} and not reminded since {@code remindedBy}. */
    @Query("select o from Offering o where o.municipalityCode = :municipality"
            + " and o.reviewState = nl.omkijken.catalog.ReviewState.PUBLISHED"
            + " and o.lastConfirmedOn <= :confirmedBy"
            + " and (o.lastRemindedAt is null or o.lastRemindedAt <= :remindedBy)"
            + " order by o.lastConfirmedOn")
    List<Offering> dueForReminder(String municipality, LocalDate confirmedBy, Instant remindedBy, Pageable page);
}
