package nl.omkijken.help;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/**
 * One person will not hear from another again: no new reaction, interest or message between them, whoever starts.
 * A person is an account, or the e-mail address of a vacancy's contact, who has no account.
 */
@Entity
@Table(name = "help_block")
class SenderBlock {

    @EmbeddedId
    private Key key;

    private Instant createdAt;

    protected SenderBlock() {}

    SenderBlock(String blockerKey, String blockedKey, Instant createdAt) {
        this.key = new Key(blockerKey, blockedKey);
        this.createdAt = createdAt;
    }

    static String of(UUID accountId) {
        return "account:" + accountId;
    }

    static String ofEmail(String email) {
        return "email:" + email.strip().toLowerCase(java.util.Locale.ROOT);
    }

    @Embeddable
    record Key(String blockerKey, String blockedKey) implements Serializable {}
}
