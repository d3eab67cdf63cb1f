package nl.omkijken.identity;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/** A one-time link that lets an invited person set their password. Only the token's hash is kept. */
@Entity
class Invitation {

    @Id
    private UUID id;

    private UUID accountId;
    private String tokenHash;
    private Instant createdAt;
    private Instant expiresAt;
    private Instant acceptedAt;

    protected Invitation() {}

    Invitation(UUID accountId, String tokenHash, Instant now, Duration validity) {
        this.id = UUID.randomUUID();
        this.accountId = accountId;
        this.tokenHash = tokenHash;
        this.createdAt = now;
        this.expiresAt = now.plus(validity);
    }

    boolean isUsable(Instant now) {
        return acceptedAt == null && now.isBefore(expiresAt);
    }

    void accept(Instant now) {
        if (!isUsable(now)) {
            throw new IllegalStateException("Invitation " + id + " is used or expired");
        }
        this.acceptedAt = now;
    }

    UUID accountId() {
        return accountId;
    }
}
