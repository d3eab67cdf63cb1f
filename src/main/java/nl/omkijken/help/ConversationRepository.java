package nl.omkijken.help;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ConversationRepository extends JpaRepository<Conversation, UUID> {

    /** The conversations an account takes part in, on either side, the latest message first. */
    @Query("select c from Conversation c where c.anonymisedAt is null"
            + " and (c.reactorAccountId = :account or c.ownerAccountId = :account) order by c.lastMessageAt desc")
    List<Conversation> findFor(UUID account);

    Optional<Conversation> findFirstByPostIdAndReactorAccountIdAndAnonymisedAtIsNull(UUID postId, UUID reactor);

    Optional<Conversation> findFirstByOfferingIdAndReactorAccountIdAndAnonymisedAtIsNull(UUID offeringId, UUID reactor);

    Optional<Conversation> findByOwnerToken(String ownerToken);

    long countByReactorAccountIdAndCreatedAtAfter(UUID reactor, Instant after);

    List<Conversation> findByPostIdAndAnonymisedAtIsNull(UUID postId);

    /** Conversations without a message since then that still hold messages or names. */
    List<Conversation> findByLastMessageAtBeforeAndAnonymisedAtIsNull(Instant before);
}
