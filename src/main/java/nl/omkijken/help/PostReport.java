package nl.omkijken.help;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** Someone (no account needed) told the editors that a public post is not right. */
@Entity
@Table(name = "help_post_report")
class PostReport {

    /** What the editor did with the report. */
    enum Outcome {
        DISMISSED,
        POST_REMOVED
    }

    @Id
    private UUID id;

    private String municipalityCode;
    private UUID postId;

    @Enumerated(EnumType.STRING)
    private ReportReason reason;

    private String text;
    private Instant createdAt;
    private Instant handledAt;
    private UUID handledByAccountId;

    @Enumerated(EnumType.STRING)
    private Outcome outcome;

    @Version
    private long version;

    protected PostReport() {}

    PostReport(String municipalityCode, UUID postId, ReportReason reason, String text, Instant now) {
        this.id = UUID.randomUUID();
        this.municipalityCode = municipalityCode;
        this.postId = postId;
        this.reason = reason;
        this.text = text;
        this.createdAt = now;
    }

    void handle(UUID editorAccountId, Outcome outcome, Instant now) {
        if (handledAt != null) {
            throw new IllegalStateException("Report " + id + " was already handled");
        }
        this.handledByAccountId = editorAccountId;
        this.outcome = outcome;
        this.handledAt = now;
    }

    UUID id() {
        return id;
    }

    UUID postId() {
        return postId;
    }

    ReportReason reason() {
        return reason;
    }

    String text() {
        return text;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant handledAt() {
        return handledAt;
    }

    Outcome outcome() {
        return outcome;
    }
}
