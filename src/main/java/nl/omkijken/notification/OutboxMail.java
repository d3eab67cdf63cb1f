package nl.omkijken.notification;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/** One mail waiting to be sent, or sent. */
@Entity
class OutboxMail {

    /** Waits between attempts: quick at first, then hourly, so a mail server that is down a day loses nothing. */
    private static final Duration[] BACKOFF = {
        Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(15), Duration.ofHours(1)
    };

    @Id
    private UUID id;

    private String municipalityCode;
    private String recipient;
    private String subject;
    private String body;
    private Instant createdAt;
    private int attempts;
    private Instant nextAttemptAt;
    private Instant sentAt;
    private String lastError;

    protected OutboxMail() {}

    OutboxMail(String municipalityCode, Mail mail, Instant now) {
        this.id = UUID.randomUUID();
        this.municipalityCode = municipalityCode;
        this.recipient = mail.recipient();
        this.subject = mail.subject();
        this.body = mail.body();
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    void sent(Instant now) {
        this.attempts++;
        this.sentAt = now;
        this.lastError = null;
    }

    void failed(Instant now, String error) {
        this.attempts++;
        this.nextAttemptAt = now.plus(BACKOFF[Math.min(attempts, BACKOFF.length) - 1]);
        this.lastError = error == null ? "unknown" : error.substring(0, Math.min(error.length(), 500));
    }

    Mail mail() {
        return new Mail(recipient, subject, body);
    }

    UUID id() {
        return id;
    }
}
