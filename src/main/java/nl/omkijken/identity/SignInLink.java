package nl.omkijken.identity;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A sign-in link sent by e-mail: it works once, within its time, and only a hash of its token is kept. */
@Entity
@Table(name = "sign_in_link")
class SignInLink {

    @Id
    private UUID id;

    private String municipalityCode;
    private String tokenHash;
    private String email;
    private String displayName;

    /** Where to go after signing in: a path on this site. */
    private String nextPath;

    private Instant createdAt;
    private Instant expiresAt;
    private Instant usedAt;

    protected SignInLink() {}

    SignInLink(
            String municipalityCode,
            String tokenHash,
            String email,
            String displayName,
            String nextPath,
            Instant now,
            Instant expiresAt) {
        this.id = UUID.randomUUID();
        this.municipalityCode = municipalityCode;
        this.tokenHash = tokenHash;
        this.email = email;
        this.displayName = displayName;
        this.nextPath = nextPath;
        this.createdAt = now;
        this.expiresAt = expiresAt;
    }

    boolean used() {
        return usedAt != null;
    }

    boolean expired(Instant now) {
        return !now.isBefore(expiresAt);
    }

    void use(Instant now) {
        if (usedAt != null) {
            throw new IllegalStateException("Sign-in link " + id + " was used already");
        }
        usedAt = now;
    }

    String municipalityCode() {
        return municipalityCode;
    }

    String email() {
        return email;
    }

    String displayName() {
        return displayName;
    }

    String nextPath() {
        return nextPath;
    }
}
