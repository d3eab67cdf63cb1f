package nl.omkijken.help;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * A conversation that started with a reaction to a help post or an interest in a volunteer vacancy. Both sides
 * write on the platform and hear of a new message by e-mail; neither sees the other's address until both chose to
 * share their contact details. A block or a close ends it for both.
 */
@Entity
@Table(name = "help_conversation")
class Conversation {

    @Id
    private UUID id;

    private String municipalityCode;

    @Enumerated(EnumType.STRING)
    private MatchKind kind;

    private UUID postId;
    private UUID offeringId;

    /** What it is about, as both sides read it: the post's title or the vacancy's name. */
    private String subject;

    @Enumerated(EnumType.STRING)
    private HelpCategory category;

    private String districtCode;
    private UUID reactorAccountId;
    private UUID ownerAccountId;

    /** The name the reactor sees: the post's first name, or the vacancy's contact. */
    private String ownerName;

    /** The vacancy contact's address; empty for a post, whose owner is an account. */
    private String ownerEmail;

    /** The secret in the link a vacancy's contact answers through, who has no account. */
    private String ownerToken;

    private boolean reactorShares;
    private boolean ownerShares;

    @Enumerated(EnumType.STRING)
    private Side blockedBy;

    private Instant createdAt;
    private Instant lastMessageAt;
    private Instant matchedAt;
    private Instant closedAt;
    private Instant anonymisedAt;

    @Version
    private long version;

    protected Conversation() {}

    private Conversation(String municipalityCode, MatchKind kind, String subject, UUID reactorAccountId, Instant now) {
        this.id = UUID.randomUUID();
        this.municipalityCode = municipalityCode;
        this.kind = kind;
        this.subject = subject;
        this.reactorAccountId = reactorAccountId;
        this.createdAt = now;
        this.lastMessageAt = now;
    }

    static Conversation aboutPost(HelpPost post, String subject, UUID reactorAccountId, Instant now) {
        var conversation = new Conversation(post.municipalityCode(), MatchKind.POST, subject, reactorAccountId, now);
        conversation.postId = post.id();
        conversation.category = post.content().category();
        conversation.districtCode = post.content().districtCode();
        conversation.ownerAccountId = post.replyAccountId();
        conversation.ownerName = post.content().firstName();
        return conversation;
    }

    static Conversation aboutVacancy(
            String municipalityCode,
            UUID offeringId,
            String subject,
            String districtCode,
            String contactName,
            String contactEmail,
            String token,
            UUID reactorAccountId,
            Instant now) {
        var conversation = new Conversation(municipalityCode, MatchKind.VACANCY, subject, reactorAccountId, now);
        conversation.offeringId = offeringId;
        conversation.districtCode = districtCode;
        conversation.ownerName = contactName;
        conversation.ownerEmail = contactEmail;
        conversation.ownerToken = token;
        return conversation;
    }

    /** Whether messages may still be written. */
    boolean isOpen() {
        return closedAt == null && blockedBy == null && anonymisedAt == null;
    }

    void wrote(Instant now) {
        require(isOpen(), "write in");
        lastMessageAt = now;
    }

    /** This side shares its contact details; the other sees them once both have. */
    void share(Side side) {
        require(isOpen() || matchedAt != null && anonymisedAt == null, "share in");
        if (side == Side.REACTOR) {
            reactorShares = true;
        } else {
            ownerShares = true;
        }
    }

    boolean bothShare() {
        return reactorShares && ownerShares;
    }

    boolean shares(Side side) {
        return side == Side.REACTOR ? reactorShares : ownerShares;
    }

    void block(Side side, Instant now) {
        require(anonymisedAt == null && blockedBy == null, "block");
        blockedBy = side;
        if (closedAt == null) {
            closedAt = now;
        }
    }

    void close(Instant now) {
        require(closedAt == null && anonymisedAt == null, "close");
        closedAt = now;
    }

    /** The owner says they found each other; messages can go on. */
    void match(Instant now) {
        require(isOpen() && matchedAt == null, "match");
        matchedAt = now;
    }

    /** Forgets who took part; what stays (kind, category, wijk, dates) is what the anonymous figures count. */
    void anonymise(Instant now) {
        subject = "";
        reactorAccountId = null;
        ownerAccountId = null;
        ownerName = null;
        ownerEmail = null;
        ownerToken = null;
        if (closedAt == null) {
            closedAt = now;
        }
        anonymisedAt = now;
    }

    private void require(boolean allowed, String action) {
        if (!allowed) {
            throw new IllegalStateException("Cannot " + action + " conversation " + id);
        }
    }

    UUID id() {
        return id;
    }

    MatchKind kind() {
        return kind;
    }

    UUID postId() {
        return postId;
    }

    UUID offeringId() {
        return offeringId;
    }

    String subject() {
        return subject;
    }

    HelpCategory category() {
        return category;
    }

    String districtCode() {
        return districtCode;
    }

    UUID reactorAccountId() {
        return reactorAccountId;
    }

    UUID ownerAccountId() {
        return ownerAccountId;
    }

    String ownerName() {
        return ownerName;
    }

    String ownerEmail() {
        return ownerEmail;
    }

    String ownerToken() {
        return ownerToken;
    }

    Side blockedBy() {
        return blockedBy;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant lastMessageAt() {
        return lastMessageAt;
    }

    Instant matchedAt() {
        return matchedAt;
    }

    Instant closedAt() {
        return closedAt;
    }

    Instant anonymisedAt() {
        return anonymisedAt;
    }
}
