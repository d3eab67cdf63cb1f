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
 * "Is het gelukt?", asked of one side of a match a while after it. The address and names go once the mail is sent;
 * what stays is the answer with the match's kind, category and wijk, for the anonymous figures.
 */
@Entity
@Table(name = "help_outcome_question")
class OutcomeQuestion {

    @Id
    private UUID id;

    private String municipalityCode;
    private UUID matchId;

    @Enumerated(EnumType.STRING)
    private MatchKind kind;

    @Enumerated(EnumType.STRING)
    private HelpCategory category;

    private String districtCode;
    private String email;
    private String firstName;
    private String otherFirstName;

    /** The secret in the answer link. */
    private String token;

    private Instant dueAt;
    private Instant sentAt;
    private Instant answeredAt;

    @Enumerated(EnumType.STRING)
    private Outcome answer;

    @Version
    private long version;

    protected OutcomeQuestion() {}

    OutcomeQuestion(
            String municipalityCode,
            HelpMatched match,
            HelpMatched.MatchedPerson person,
            String otherFirstName,
            String token,
            Instant dueAt) {
        this.id = UUID.randomUUID();
        this.municipalityCode = municipalityCode;
        this.matchId = match.matchId();
        this.kind = match.kind();
        this.category = match.category();
        this.districtCode = match.districtCode();
        this.email = person.email();
        this.firstName = person.firstName();
        this.otherFirstName = otherFirstName;
        this.token = token;
        this.dueAt = dueAt;
    }

    /** The mail went out: the address and names are no longer needed. */
    void sent(Instant now) {
        sentAt = now;
        email = null;
        firstName = null;
        otherFirstName = null;
    }

    void answer(Outcome outcome, Instant now) {
        if (answeredAt != null) {
            throw new IllegalStateException("Outcome question " + id + " was already answered");
        }
        answer = outcome;
        answeredAt = now;
    }

    boolean isAnswered() {
        return answeredAt != null;
    }

    String email() {
        return email;
    }

    String firstName() {
        return firstName;
    }

    String otherFirstName() {
        return otherFirstName;
    }

    String token() {
        return token;
    }

    Instant sentAt() {
        return sentAt;
    }

    Outcome answer() {
        return answer;
    }

    HelpCategory category() {
        return category;
    }

    MatchKind kind() {
        return kind;
    }
}
