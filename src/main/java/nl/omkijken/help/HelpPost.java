package nl.omkijken.help;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Version;
import java.time.DayOfWeek;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import nl.omkijken.help.matching.AgeBand;
import nl.omkijken.help.matching.PartOfDay;
import nl.omkijken.help.matching.Slot;

/**
 * A help request or help offer (oproep) in a resident's own words. The public sees the first name, the age band if
 * given, the buurt and the text; never an address, surname, phone number or e-mail. The author is an account with a
 * confirmed e-mail, or, for a post made on a resident's behalf, the staff member who made it with the resident's
 * consent.
 */
@Entity
class HelpPost {

    @Id
    private UUID id;

    private String municipalityCode;

    @Enumerated(EnumType.STRING)
    private PostKind kind;

    @Enumerated(EnumType.STRING)
    private HelpCategory category;

    @Enumerated(EnumType.STRING)
    private Frequency frequency;

    @Enumerated(EnumType.STRING)
    private PostStatus status;

    private String firstName;

    @Enumerated(EnumType.STRING)
    private AgeBand ageBand;

    private String text;
    private String neighbourhoodCode;
    private String districtCode;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "help_post_slot", joinColumns = @JoinColumn(name = "post_id"))
    @Column(name = "slot")
    private Set<String> slots = new HashSet<>();

    private UUID authorAccountId;
    private UUID postedByAccountId;
    private Instant consentRecordedAt;

    /** The kinds of personal detail taken out of the text, comma-separated, to tell the author. */
    private String removedDetails;

    private String moderationNote;
    private UUID reviewedByAccountId;
    private Instant reviewedAt;

    @Enumerated(EnumType.STRING)
    private CloseReason closeReason;

    private Instant createdAt;
    private Instant publishedAt;
    private Instant closedAt;
    private Instant anonymisedAt;

    @Version
    private long version;

    protected HelpPost() {}

    private HelpPost(String municipalityCode, PostKind kind, PostContent content, Instant now) {
        this.id = UUID.randomUUID();
        this.municipalityCode = municipalityCode;
        this.kind = kind;
        this.status = PostStatus.AWAITING_REVIEW;
        this.createdAt = now;
        apply(content);
    }

    /** A post a resident wrote themselves; it waits for an editor. */
    static HelpPost byResident(
            String municipalityCode, PostKind kind, PostContent content, UUID authorAccountId, Instant now) {
        var post = new HelpPost(municipalityCode, kind, content, now);
        post.authorAccountId = authorAccountId;
        return post;
    }

    /** A post a coordinator or professional made for a resident who agreed to it; reactions reach the staff member. */
    static HelpPost onBehalf(
            String municipalityCode, PostKind kind, PostContent content, UUID staffAccountId, Instant now) {
        var post = new HelpPost(municipalityCode, kind, content, now);
        post.postedByAccountId = staffAccountId;
        post.consentRecordedAt = now;
        return post;
    }

    /** Remembers which kinds of personal detail were taken out of the text, so the author's page can say so. */
    void noteRemoved(Set<String> kinds) {
        removedDetails = kinds.isEmpty() ? null : String.join(",", new java.util.TreeSet<>(kinds));
    }

    Set<String> removedDetails() {
        return removedDetails == null || removedDetails.isEmpty() ? Set.of() : Set.of(removedDetails.split(","));
    }

    /** The author changes the post after an editor asked for a change; it goes back to the editors. */
    void revise(PostContent content) {
        require(status == PostStatus.CHANGES_REQUESTED || status == PostStatus.AWAITING_REVIEW, "revise");
        apply(content);
        status = PostStatus.AWAITING_REVIEW;
    }

    void approve(UUID editorAccountId, Instant now) {
        require(status == PostStatus.AWAITING_REVIEW, "approve");
        review(editorAccountId, null, now);
        status = PostStatus.OPEN;
        publishedAt = now;
    }

    /** The editor asks the author to change something, with a reason the author reads. */
    void requestChange(UUID editorAccountId, String reason, Instant now) {
        require(status == PostStatus.AWAITING_REVIEW, "request a change to");
        review(editorAccountId, reason, now);
        status = PostStatus.CHANGES_REQUESTED;
    }

    void refuse(UUID editorAccountId, String reason, Instant now) {
        require(status == PostStatus.AWAITING_REVIEW, "refuse");
        review(editorAccountId, reason, now);
        status = PostStatus.REFUSED;
        closedAt = now;
    }

    /** Someone reacted; the post stays open to other reactions. */
    void markInContact() {
        require(status.takesReactions(), "mark in contact");
        status = PostStatus.IN_CONTACT;
    }

    void markMatched() {
        require(status.takesReactions(), "mark matched");
        status = PostStatus.MATCHED;
    }

    void close(CloseReason reason, Instant now) {
        require(status != PostStatus.CLOSED && status != PostStatus.REFUSED, "close");
        status = PostStatus.CLOSED;
        closeReason = reason;
        closedAt = now;
    }

    /**
     * Removes everything that could point to a person, once a closed post has been kept long enough. What stays
     * (kind, category, wijk, dates, outcome) is what the anonymous figures count.
     */
    void anonymise(Instant now) {
        require(status == PostStatus.CLOSED || status == PostStatus.REFUSED, "anonymise");
        firstName = "";
        ageBand = null;
        text = "";
        moderationNote = null;
        removedDetails = null;
        neighbourhoodCode = null;
        slots.clear();
        authorAccountId = null;
        postedByAccountId = null;
        reviewedByAccountId = null;
        anonymisedAt = now;
    }

    /** The account that hears of reactions: the author, or the staff member who posted on the author's behalf. */
    UUID replyAccountId() {
        return authorAccountId != null ? authorAccountId : postedByAccountId;
    }

    boolean isOnBehalf() {
        return postedByAccountId != null;
    }

    PostContent content() {
        return new PostContent(
                category, frequency, firstName, ageBand, text, neighbourhoodCode, districtCode, availability());
    }

    Set<Slot> availability() {
        var result = new HashSet<Slot>();
        for (var slot : slots) {
            var split = slot.lastIndexOf('_');
            result.add(new Slot(
                    DayOfWeek.valueOf(slot.substring(0, split)), PartOfDay.valueOf(slot.substring(split + 1))));
        }
        return result;
    }

    private void apply(PostContent content) {
        this.category = content.category();
        this.frequency = content.frequency();
        this.firstName = content.firstName().strip();
        this.ageBand = content.ageBand();
        this.text = content.text().strip();
        this.neighbourhoodCode = content.neighbourhoodCode();
        this.districtCode = content.districtCode();
        slots.clear();
        for (var slot : content.availability()) {
            slots.add(slot.day().name() + "_" + slot.partOfDay().name());
        }
    }

    private void review(UUID editorAccountId, String note, Instant now) {
        reviewedByAccountId = editorAccountId;
        reviewedAt = now;
        moderationNote = note;
    }

    private void require(boolean allowed, String action) {
        if (!allowed) {
            throw new IllegalStateException("Cannot " + action + " help post " + id + " in state " + status);
        }
    }

    UUID id() {
        return id;
    }

    String municipalityCode() {
        return municipalityCode;
    }

    PostKind kind() {
        return kind;
    }

    PostStatus status() {
        return status;
    }

    UUID authorAccountId() {
        return authorAccountId;
    }

    UUID postedByAccountId() {
        return postedByAccountId;
    }

    Instant consentRecordedAt() {
        return consentRecordedAt;
    }

    String moderationNote() {
        return moderationNote;
    }

    CloseReason closeReason() {
        return closeReason;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant publishedAt() {
        return publishedAt;
    }

    Instant closedAt() {
        return closedAt;
    }

    Instant anonymisedAt() {
        return anonymisedAt;
    }

    long version() {
        return version;
    }

    Set<PostStatus> nextStatuses() {
        return switch (status) {
            case AWAITING_REVIEW ->
                EnumSet.of(PostStatus.OPEN, PostStatus.CHANGES_REQUESTED, PostStatus.REFUSED, PostStatus.CLOSED);
            case CHANGES_REQUESTED -> EnumSet.of(PostStatus.AWAITING_REVIEW, PostStatus.CLOSED);
            case OPEN, IN_CONTACT -> EnumSet.of(PostStatus.IN_CONTACT, PostStatus.MATCHED, PostStatus.CLOSED);
            case MATCHED -> EnumSet.of(PostStatus.CLOSED);
            case REFUSED, CLOSED -> EnumSet.noneOf(PostStatus.class);
        };
    }
}
