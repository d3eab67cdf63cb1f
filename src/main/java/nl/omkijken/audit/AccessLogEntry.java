package nl.omkijken.audit;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import nl.omkijken.identity.PersonalDataViewed;

/** One time a staff member saw someone's personal data. It is never changed, only deleted when its time is up. */
@Entity
@Table(name = "access_log")
class AccessLogEntry {

    @Id
    private UUID id;

    private String municipalityCode;
    private UUID staffAccountId;
    private String subjectType;
    private UUID subjectId;
    private String purpose;
    private Instant viewedAt;

    protected AccessLogEntry() {}

    /** Refuses a view without who, what, why or when: such a line would not answer the question it is kept for. */
    AccessLogEntry(String municipalityCode, PersonalDataViewed viewed) {
        this.id = UUID.randomUUID();
        this.municipalityCode = municipalityCode;
        this.staffAccountId = Objects.requireNonNull(viewed.staffAccountId(), "staffAccountId");
        this.subjectType = required(viewed.subjectType(), "subjectType");
        this.subjectId = viewed.subjectId();
        this.purpose = required(viewed.purpose(), "purpose");
        this.viewedAt = Objects.requireNonNull(viewed.at(), "at");
    }

    private static String required(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("A personal data view needs a " + name);
        }
        return value.strip();
    }

    UUID staffAccountId() {
        return staffAccountId;
    }

    String subjectType() {
        return subjectType;
    }

    UUID subjectId() {
        return subjectId;
    }

    String purpose() {
        return purpose;
    }

    Instant viewedAt() {
        return viewedAt;
    }
}
