package nl.omkijken.help;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One counted {@link HelpActivity}: what, where and when, never who. */
@Entity
@Table(name = "help_activity")
class ActivityRecord {

    @Id
    private UUID id;

    private String municipalityCode;

    @Enumerated(EnumType.STRING)
    private HelpActivity.Type type;

    @Enumerated(EnumType.STRING)
    private MatchKind kind;

    @Enumerated(EnumType.STRING)
    private HelpCategory category;

    private String districtCode;
    private Instant happenedAt;

    protected ActivityRecord() {}

    ActivityRecord(String municipalityCode, HelpActivity activity) {
        this.id = UUID.randomUUID();
        this.municipalityCode = municipalityCode;
        this.type = activity.type();
        this.kind = activity.kind();
        this.category = activity.category();
        this.districtCode = activity.districtCode();
        this.happenedAt = activity.at();
    }
}
