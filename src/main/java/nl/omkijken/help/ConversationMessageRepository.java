package nl.omkijken.help;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ConversationMessageRepository extends JpaRepository<ConversationMessage, UUID> {

    List<ConversationMessage> findByConversationIdOrderByCreatedAt(UUID conversationId);

    /** How many messages an account wrote since then, on whichever side of its conversations. */
    @Query("select count(m) from ConversationMessage m, Conversation c where m.conversationId = c.id"
            + " and m.createdAt > :after and ((m.side = nl.omkijken.help.Side.REACTOR and c.reactorAccountId = :account)"
            + " or (m.side = nl.omkijken.help.Side.OWNER and c.ownerAccountId = :account))")
    long countWrittenBySince(UUID account, Instant after);

    long countByConversationIdAndSideAndCreatedAtAfter(UUID conversationId, Side side, Instant after);

    @Modifying
    @Query("delete from ConversationMessage m where m.conversationId = :conversationId")
    void deleteByConversationId(UUID conversationId);
}
