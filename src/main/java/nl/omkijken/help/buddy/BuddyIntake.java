package nl.omkijken.help.buddy;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.DayOfWeek;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.omkijken.area.Coordinates;
import nl.omkijken.help.matching.AgeBand;
import nl.omkijken.help.matching.Gender;
import nl.omkijken.help.matching.Interest;
import nl.omkijken.help.matching.Mobility;
import nl.omkijken.help.matching.PartOfDay;
import nl.omkijken.help.matching.Preferences;
import nl.omkijken.help.matching.Profile;
import nl.omkijken.help.matching.Slot;
import nl.omkijken.help.matching.TravelMode;

/**
 * The intake of a resident who would like a buddy, or of a volunteer who would like to be one, as a coordinator of
 * an initiative took it with their consent: a first name, how to reach them, the buurt and what matching needs. Sets
 * are kept as comma-separated names, sorted, so that a row reads the same every time.
 */
@Entity
@Table(name = "help_buddy_intake")
class BuddyIntake {

    @Id
    private UUID id;

    private String municipalityCode;
    private UUID organisationId;

    @Enumerated(EnumType.STRING)
    private IntakeSide side;

    @Enumerated(EnumType.STRING)
    private IntakeStatus status;

    private String firstName;
    private String email;
    private String phone;
    private String neighbourhoodCode;
    private String districtCode;
    private String languages;
    private String slots;
    private String interests;
    private String travelModes;
    private int maxDistanceKm;

    @Enumerated(EnumType.STRING)
    private Gender gender;

    @Enumerated(EnumType.STRING)
    private AgeBand ageBand;

    private String wantedGenders;
    private String wantedAgeBands;
    private String notes;
    private UUID takenByAccountId;
    private Instant consentRecordedAt;
    private Instant createdAt;
    private Instant matchedAt;
    private Instant closedAt;
    private Instant anonymisedAt;

    @Version
    private long version;

    protected BuddyIntake() {}

    BuddyIntake(
            String municipalityCode,
            UUID organisationId,
            IntakeSide side,
            IntakeForm.Checked intake,
            String districtCode,
            UUID takenByAccountId,
            Instant now) {
        this.id = UUID.randomUUID();
        this.municipalityCode = municipalityCode;
        this.organisationId = organisationId;
        this.side = side;
        this.status = IntakeStatus.WAITING;
        this.firstName = intake.firstName();
        this.email = intake.email();
        this.phone = intake.phone();
        this.neighbourhoodCode = intake.neighbourhoodCode();
        this.districtCode = districtCode;
        this.languages = String.join(",", new TreeSet<>(intake.languages()));
        this.slots = join(
                intake.slots(),
                slot -> slot.day().name() + "_" + slot.partOfDay().name());
        this.interests = join(intake.interests(), Enum::name);
        this.travelModes = join(intake.travelModes(), Enum::name);
        this.maxDistanceKm = intake.maxDistanceKm();
        this.gender = intake.gender();
        this.ageBand = intake.ageBand();
        this.wantedGenders = join(intake.wantedGenders(), Enum::name);
        this.wantedAgeBands = join(intake.wantedAgeBands(), Enum::name);
        this.notes = intake.notes();
        this.takenByAccountId = takenByAccountId;
        this.consentRecordedAt = now;
        this.createdAt = now;
    }

    /** What matching needs to know, with the centre of the buurt as the only location. */
    Profile profile(Coordinates buurtCentre) {
        var mobility = travelModes().isEmpty() ? Mobility.homeVisit() : new Mobility(travelModes(), maxDistanceKm);
        return new Profile(
                id,
                buurtCentre,
                languages(),
                slots(),
                interests(),
                mobility,
                gender,
                ageBand,
                new Preferences(wantedGenders(), wantedAgeBands()));
    }

    void matched(Instant now) {
        require(status == IntakeStatus.WAITING, "match");
        status = IntakeStatus.MATCHED;
        matchedAt = now;
    }

    void close(Instant now) {
        require(status != IntakeStatus.CLOSED, "close");
        status = IntakeStatus.CLOSED;
        closedAt = now;
    }

    /** Everything that could point to a person goes; the side, wijk and dates stay for the figures. */
    void anonymise(Instant now) {
        require(status == IntakeStatus.CLOSED, "anonymise");
        firstName = "";
        email = null;
        phone = null;
        neighbourhoodCode = null;
        languages = "";
        slots = "";
        interests = "";
        travelModes = "";
        gender = null;
        ageBand = null;
        wantedGenders = "";
        wantedAgeBands = "";
        notes = "";
        takenByAccountId = null;
        anonymisedAt = now;
    }

    private void require(boolean allowed, String action) {
        if (!allowed) {
            throw new IllegalStateException("Cannot " + action + " buddy intake " + id + " in state " + status);
        }
    }

    private static <T> String join(Collection<T> values, Function<T, String> name) {
        return values.stream().map(name).sorted().collect(Collectors.joining(","));
    }

    private static <E extends Enum<E>> Set<E> split(String joined, Class<E> type) {
        var result = EnumSet.noneOf(type);
        if (joined != null && !joined.isEmpty()) {
            for (var name : joined.split(",")) {
                result.add(Enum.valueOf(type, name));
            }
        }
        return result;
    }

    UUID id() {
        return id;
    }

    UUID organisationId() {
        return organisationId;
    }

    IntakeSide side() {
        return side;
    }

    IntakeStatus status() {
        return status;
    }

    String firstName() {
        return firstName;
    }

    String email() {
        return email;
    }

    String phone() {
        return phone;
    }

    String neighbourhoodCode() {
        return neighbourhoodCode;
    }

    String districtCode() {
        return districtCode;
    }

    Set<String> languages() {
        return languages == null || languages.isEmpty() ? Set.of() : Set.of(languages.split(","));
    }

    Set<Slot> slots() {
        if (slots == null || slots.isEmpty()) {
            return Set.of();
        }
        return Arrays.stream(slots.split(","))
                .map(slot -> {
                    var split = slot.lastIndexOf('_');
                    return new Slot(
                            DayOfWeek.valueOf(slot.substring(0, split)), PartOfDay.valueOf(slot.substring(split + 1)));
                })
                .collect(Collectors.toSet());
    }

    Set<Interest> interests() {
        return split(interests, Interest.class);
    }

    Set<TravelMode> travelModes() {
        return split(travelModes, TravelMode.class);
    }

    int maxDistanceKm() {
        return maxDistanceKm;
    }

    Gender gender() {
        return gender;
    }

    AgeBand ageBand() {
        return ageBand;
    }

    Set<Gender> wantedGenders() {
        return split(wantedGenders, Gender.class);
    }

    Set<AgeBand> wantedAgeBands() {
        return split(wantedAgeBands, AgeBand.class);
    }

    String notes() {
        return notes;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant closedAt() {
        return closedAt;
    }
}
