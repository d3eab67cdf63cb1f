package nl.omkijken.help.buddy;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface BuddyMatchRepository extends JpaRepository<BuddyMatch, UUID> {

    List<BuddyMatch> findTop50ByOrganisationIdInOrderByConfirmedAtDesc(Collection<UUID> organisationIds);
}
