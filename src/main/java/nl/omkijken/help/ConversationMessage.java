package nl.omkijken.help;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One message in a conversation, by one side, in that person's own words. */
@Entity
@Table(name = "help_message")
class ConversationMessage {

    @Id
    private UUID id;

    private UUID conversationId;

    @Enumerated(EnumType.STRING)
    private Side side;

    private String text;
    private Instant createdAt;

    protected ConversationMessage() {}

    ConversationMessage(UUID conversationId, Side side, String text, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.conversationId = conversationId;
        this.side = side;
        this.text = text;
        this.createdAt = createdAt;
    }

    Side side() {
        return side;
    }

    String text() {
        return text;
    }

    Instant createdAt() {
        return createdAt;
    }
}
