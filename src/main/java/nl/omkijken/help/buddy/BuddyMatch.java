package nl.omkijken.help.buddy;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A resident and a volunteer a coordinator paired, with the points and reasons the coordinator saw. */
@Entity
@Table(name = "help_buddy_match")
class BuddyMatch {

    @Id
    private UUID id;

    private String municipalityCode;
    private UUID organisationId;
    private UUID residentIntakeId;
    private UUID volunteerIntakeId;
    private int points;
    private String reasons;
    private UUID confirmedByAccountId;
    private Instant confirmedAt;

    protected BuddyMatch() {}

    BuddyMatch(
            String municipalityCode,
            BuddyIntake resident,
            BuddyIntake volunteer,
            int points,
            String reasons,
            UUID confirmedByAccountId,
            Instant now) {
        this.id = UUID.randomUUID();
        this.municipalityCode = municipalityCode;
        this.organisationId = resident.organisationId();
        this.residentIntakeId = resident.id();
        this.volunteerIntakeId = volunteer.id();
        this.points = points;
        this.reasons = reasons.length() > 1000 ? reasons.substring(0, 1000) : reasons;
        this.confirmedByAccountId = confirmedByAccountId;
        this.confirmedAt = now;
    }

    UUID id() {
        return id;
    }

    UUID residentIntakeId() {
        return residentIntakeId;
    }

    UUID volunteerIntakeId() {
        return volunteerIntakeId;
    }

    String reasons() {
        return reasons;
    }

    Instant confirmedAt() {
        return confirmedAt;
    }
}
