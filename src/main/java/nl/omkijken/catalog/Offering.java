package nl.omkijken.catalog;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * One thing a resident can go to or use. Providers write it, editors publish it, and it stays public only while
 * someone keeps confirming it is still right.
 */
@Entity
class Offering {

    @Id
    private UUID id;

    private String municipalityCode;
    private UUID providerId;
    private String title;
    private String summary;
    private String description;

    @Enumerated(EnumType.STRING)
    private Kind kind;

    private boolean free;
    private BigDecimal costAmount;
    private String costExplanation;
    private Integer minAge;
    private Integer maxAge;

    @Enumerated(EnumType.STRING)
    private HowToJoin howToJoin;

    private String contactName;
    private String contactEmail;
    private String contactPhone;

    @Enumerated(EnumType.STRING)
    private OfferingStatus status;

    @Enumerated(EnumType.STRING)
    private ReviewState reviewState;

    private LocalDate lastConfirmedOn;
    private Instant lastRemindedAt;
    private Instant publishedAt;
    private Instant createdAt;
    private Instant updatedAt;

    @Version
    private long version;

    @ElementCollection
    @CollectionTable(name = "offering_ambition", joinColumns = @JoinColumn(name = "offering_id"))
    @Column(name = "ambition")
    @Enumerated(EnumType.STRING)
    private Set<Ambition> ambitions = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "offering_term", joinColumns = @JoinColumn(name = "offering_id"))
    @Column(name = "term_id")
    private Set<UUID> termIds = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "offering_language", joinColumns = @JoinColumn(name = "offering_id"))
    @Column(name = "language")
    private Set<String> languages = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "offering_location", joinColumns = @JoinColumn(name = "offering_id"))
    @Column(name = "location_id")
    private Set<UUID> locationIds = new HashSet<>();

    protected Offering() {}

    /** A new draft, seen only by the provider's staff until an editor publishes it. */
    static Offering draft(String municipalityCode, UUID providerId, OfferingDetails details, Instant now) {
        var offering = new Offering();
        offering.id = UUID.randomUUID();
        offering.municipalityCode = municipalityCode;
        offering.providerId = providerId;
        offering.status = OfferingStatus.ACTIVE;
        offering.reviewState = ReviewState.DRAFT;
        offering.createdAt = now;
        offering.apply(details, now);
        return offering;
    }

    /** Changes the content and returns what changed, field by field. */
    List<FieldChange> change(OfferingDetails details, Instant now) {
        var before = details();
        apply(details, now);
        return differences(before, details);
    }

    void submit() {
        require(reviewState == ReviewState.DRAFT || reviewState == ReviewState.SENT_BACK, "submit");
        reviewState = ReviewState.SUBMITTED;
    }

    /** Publishing counts as a confirmation: the editor has just checked it. */
    void approve(Instant now, LocalDate today) {
        require(reviewState == ReviewState.SUBMITTED, "approve");
        reviewState = ReviewState.PUBLISHED;
        publishedAt = now;
        lastConfirmedOn = today;
    }

    void sendBack() {
        require(reviewState == ReviewState.SUBMITTED, "send back");
        reviewState = ReviewState.SENT_BACK;
    }

    void withdraw() {
        require(reviewState != ReviewState.WITHDRAWN, "withdraw");
        reviewState = ReviewState.WITHDRAWN;
    }

    void closeTemporarily() {
        require(status == OfferingStatus.ACTIVE, "close temporarily");
        status = OfferingStatus.TEMPORARILY_CLOSED;
    }

    void reopen() {
        require(status == OfferingStatus.TEMPORARILY_CLOSED, "reopen");
        status = OfferingStatus.ACTIVE;
    }

    /** The provider says the offering is still right as it stands; reminders stop. */
    void confirm(LocalDate today) {
        require(reviewState == ReviewState.PUBLISHED, "confirm");
        lastConfirmedOn = today;
        lastRemindedAt = null;
    }

    void reminded(Instant now) {
        lastRemindedAt = now;
    }

    /**
     * Takes over what a duplicate of this offering adds (its locations); the duplicate itself is withdrawn, never
     * deleted, so its history stays.
     */
    List<FieldChange> absorb(Offering duplicate, Instant now) {
        require(duplicate != this && !duplicate.id.equals(id), "absorb itself");
        var before = Set.copyOf(locationIds);
        locationIds.addAll(duplicate.locationIds);
        duplicate.withdraw();
        updatedAt = now;
        return List.of(
                new FieldChange("mergedFrom", null, duplicate.id.toString()),
                new FieldChange(
                        "locationIds",
                        before.toString(),
                        Set.copyOf(locationIds).toString()));
    }

    /** A new draft with the same content, for a similar offering at another time or place. */
    Offering duplicate(Instant now) {
        return draft(municipalityCode, providerId, details(), now);
    }

    boolean isPublic() {
        return reviewState == ReviewState.PUBLISHED && status != OfferingStatus.INACTIVE;
    }

    OfferingDetails details() {
        return new OfferingDetails(
                title,
                summary,
                description,
                kind,
                termIds,
                ambitions,
                languages,
                free,
                costAmount,
                costExplanation,
                minAge,
                maxAge,
                howToJoin,
                contactName,
                contactEmail,
                contactPhone,
                locationIds);
    }

    UUID id() {
        return id;
    }

    UUID providerId() {
        return providerId;
    }

    String title() {
        return title;
    }

    Instant createdAt() {
        return createdAt;
    }

    Kind kind() {
        return kind;
    }

    ReviewState reviewState() {
        return reviewState;
    }

    OfferingStatus status() {
        return status;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    LocalDate lastConfirmedOn() {
        return lastConfirmedOn;
    }

    long version() {
        return version;
    }

    private void apply(OfferingDetails details, Instant now) {
        this.title = details.title();
        this.summary = details.summary();
        this.description = details.description();
        this.kind = details.kind();
        this.free = details.free();
        this.costAmount = details.free() ? null : details.costAmount();
        this.costExplanation = details.costExplanation();
        this.minAge = details.minAge();
        this.maxAge = details.maxAge();
        this.howToJoin = details.howToJoin();
        this.contactName = details.contactName();
        this.contactEmail = details.contactEmail();
        this.contactPhone = details.contactPhone();
        replace(ambitions, details.ambitions());
        replace(termIds, details.termIds());
        replace(languages, details.languages());
        replace(locationIds, details.locationIds());
        this.updatedAt = now;
    }

    private static <T> void replace(Set<T> target, Set<T> values) {
        target.clear();
        target.addAll(values);
    }

    private static List<FieldChange> differences(OfferingDetails before, OfferingDetails after) {
        var changes = new ArrayList<FieldChange>();
        var components = OfferingDetails.class.getRecordComponents();
        for (var component : components) {
            try {
                var old = component.getAccessor().invoke(before);
                var now = component.getAccessor().invoke(after);
                if (!Objects.equals(old, now)) {
                    changes.add(new FieldChange(component.getName(), String.valueOf(old), String.valueOf(now)));
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("Cannot read " + component.getName(), e);
            }
        }
        return changes;
    }

    private void require(boolean allowed, String action) {
        if (!allowed) {
            throw new IllegalStateException(
                    "Cannot " + action + " offering " + id + " in state " + reviewState + "/" + status);
        }
    }
}
