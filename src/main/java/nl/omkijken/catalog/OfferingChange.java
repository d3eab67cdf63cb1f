package nl.omkijken.catalog;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.DomainEvents;

/** One line of an offering's history: who changed which field when, from what to what. */
@Entity
class OfferingChange {

    @Id
    private UUID id;

    private UUID offeringId;
    private UUID changedBy;
    private Instant changedAt;
    private String field;
    private String oldValue;
    private String newValue;

    protected OfferingChange() {}

    OfferingChange(UUID offeringId, UUID changedBy, Instant changedAt, FieldChange change) {
        this.id = UUID.randomUUID();
        this.offeringId = offeringId;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
        this.field = change.field();
        this.oldValue = change.oldValue();
        this.newValue = change.newValue();
    }

    /** Every line of history is a change the public may see; Spring Data publishes this when the line is saved. */
    @DomainEvents
    Collection<OfferingChanged> events() {
        return List.of(new OfferingChanged(offeringId));
    }

    UUID changedBy() {
        return changedBy;
    }

    Instant changedAt() {
        return changedAt;
    }

    String field() {
        return field;
    }

    String oldValue() {
        return oldValue;
    }

    String newValue() {
        return newValue;
    }
}
