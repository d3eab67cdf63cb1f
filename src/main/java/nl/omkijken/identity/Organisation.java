package nl.omkijken.identity;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.UUID;

/** An organisation staff accounts work for, such as a welfare provider. */
@Entity
class Organisation {

    @Id
    private UUID id;

    private String municipalityCode;
    private String name;
    private Instant createdAt;

    protected Organisation() {}

    Organisation(String municipalityCode, String name, Instant now) {
        this.id = UUID.randomUUID();
        this.municipalityCode = municipalityCode;
        this.name = name;
        this.createdAt = now;
    }

    UUID id() {
        return id;
    }

    String name() {
        return name;
    }

    OrganisationSummary summary() {
        return new OrganisationSummary(id, name);
    }
}
