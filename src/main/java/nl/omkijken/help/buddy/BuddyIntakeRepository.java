package nl.omkijken.help.buddy;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface BuddyIntakeRepository extends JpaRepository<BuddyIntake, UUID> {

    List<BuddyIntake> findByOrganisationIdInAndStatusNotOrderByCreatedAt(
            Collection<UUID> organisationIds, IntakeStatus status);

    List<BuddyIntake> findByOrganisationIdAndSideAndStatusOrderByCreatedAt(
            UUID organisationId, IntakeSide side, IntakeStatus status);

    List<BuddyIntake> findByStatusAndClosedAtBeforeAndAnonymisedAtIsNull(IntakeStatus status, Instant before);
}
