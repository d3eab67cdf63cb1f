package nl.omkijken.identity;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;

interface SignInLinkRepository extends JpaRepository<SignInLink, UUID> {

    /** The link, locked, so that two clicks at once cannot both use it. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    Optional<SignInLink> findByTokenHash(String tokenHash);

    boolean existsByTokenHash(String tokenHash);

    long countByMunicipalityCodeAndEmailAndCreatedAtAfter(String municipalityCode, String email, Instant after);

    long deleteByExpiresAtBefore(Instant before);
}
