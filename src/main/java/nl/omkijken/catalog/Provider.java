package nl.omkijken.catalog;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** The public face of a provider organisation; its id is the organisation's id in the identity module. */
@Entity
class Provider {

    @Id
    private UUID id;

    private String municipalityCode;
    private String name;
    private String description;
    private String website;
    private String email;
    private String phone;
    private String kvkNumber;
    private byte[] logo;
    private String logoMediaType;
    private Instant createdAt;
    private Instant updatedAt;

    @Version
    private long version;

    protected Provider() {}

    Provider(UUID organisationId, String municipalityCode, ProviderDetails details, Instant now) {
        this.id = organisationId;
        this.municipalityCode = municipalityCode;
        this.createdAt = now;
        change(details, now);
    }

    void change(ProviderDetails details, Instant now) {
        this.name = details.name();
        this.description = details.description();
        this.website = details.website();
        this.email = details.email();
        this.phone = details.phone();
        this.kvkNumber = details.kvkNumber();
        this.updatedAt = now;
    }

    /** A logo that {@link Logos} made safe; always PNG. */
    void replaceLogo(byte[] png, Instant now) {
        this.logo = png;
        this.logoMediaType = "image/png";
        this.updatedAt = now;
    }

    byte[] logo() {
        return logo;
    }

    long version() {
        return version;
    }

    UUID id() {
        return id;
    }

    String name() {
        return name;
    }

    ProviderDetails details() {
        return new ProviderDetails(name, description, website, email, phone, kvkNumber);
    }
}
