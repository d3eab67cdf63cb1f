package nl.omkijken.help.buddy;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.omkijken.area.Areas;
import nl.omkijken.area.NeighbourhoodSummary;
import nl.omkijken.help.HelpActivity;
import nl.omkijken.help.HelpCategory;
import nl.omkijken.help.HelpMatched;
import nl.omkijken.help.MatchKind;
import nl.omkijken.help.matching.Pairing;
import nl.omkijken.help.matching.Profile;
import nl.omkijken.help.matching.ReasonTexts;
import nl.omkijken.help.matching.Suggestion;
import nl.omkijken.help.matching.Volunteers;
import nl.omkijken.identity.AccountSummary;
import nl.omkijken.identity.Accounts;
import nl.omkijken.identity.OrganisationSummary;
import nl.omkijken.identity.PersonalDataViewed;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * The intakes of a coordinator's initiatives, the ranked suggestions for one resident, the best pairing of the whole
 * waiting list, and the matches the coordinator confirms. A coordinator reaches only the intakes of the
 * organisations they work for; every look at one is logged. Nothing is matched without a coordinator confirming it.
 */
@Service
@Transactional
class BuddyIntakes {

    /** How many suggestions one resident gets. */
    static final int SUGGESTIONS = 10;

    /** A buddy match has no category of its own; it counts as company. */
    static final HelpCategory CATEGORY = HelpCategory.COMPANY;

    private final BuddyIntakeRepository intakes;
    private final BuddyMatchRepository matches;
    private final Accounts accounts;
    private final Areas areas;
    private final ReasonTexts reasons;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    BuddyIntakes(
            BuddyIntakeRepository intakes,
            BuddyMatchRepository matches,
            Accounts accounts,
            Areas areas,
            MessageSource messages,
            ApplicationEventPublisher events,
            Clock clock) {
        this.intakes = intakes;
        this.matches = matches;
        this.accounts = accounts;
        this.areas = areas;
        this.reasons = new ReasonTexts(messages);
        this.events = events;
        this.clock = clock;
    }

    /** One intake as a list shows it. */
    record Row(UUID id, String firstName, String neighbourhoodName, IntakeSide side, IntakeStatus status) {}

    /** A suggested buddy or pair: who, where, how well, and why in words. */
    record Proposal(
            UUID residentId,
            String residentName,
            String residentNeighbourhood,
            UUID volunteerId,
            String volunteerName,
            String volunteerNeighbourhood,
            int points,
            String reasons) {}

    /** A confirmed match as the overview lists it. */
    record MatchRow(String residentName, String volunteerName, String reasons, Instant confirmedAt) {}

    @Transactional(readOnly = true)
    List<OrganisationSummary> organisations(AccountSummary me) {
        return accounts.organisationsOf(me);
    }

    @Transactional(readOnly = true)
    List<Row> open(AccountSummary me) {
        return intakes
                .findByOrganisationIdInAndStatusNotOrderByCreatedAt(me.organisationIds(), IntakeStatus.CLOSED)
                .stream()
                .map(i -> new Row(i.id(), i.firstName(), neighbourhoodName(i), i.side(), i.status()))
                .toList();
    }

    @Transactional(readOnly = true)
    List<MatchRow> recentMatches(AccountSummary me) {
        var found = matches.findTop50ByOrganisationIdInOrderByConfirmedAtDesc(me.organisationIds());
        var ids = found.stream()
                .flatMap(m -> Stream.of(m.residentIntakeId(), m.volunteerIntakeId()))
                .toList();
        var names =
                intakes.findAllById(ids).stream().collect(Collectors.toMap(BuddyIntake::id, BuddyIntake::firstName));
        return found.stream()
                .map(m -> new MatchRow(
                        names.getOrDefault(m.residentIntakeId(), ""),
                        names.getOrDefault(m.volunteerIntakeId(), ""),
                        m.reasons(),
                        m.confirmedAt()))
                .toList();
    }

    /** Keeps a new intake, waiting; throws {@link IntakeRefused} for an unknown buurt or another's initiative. */
    UUID take(AccountSummary me, IntakeSide side, IntakeForm form) {
        var organisation = organisationFor(me, form.organisation());
        var checked = form.checked();
        var buurt = areas.neighbourhood(checked.neighbourhoodCode())
                .orElseThrow(() -> new IntakeRefused("neighbourhood", "help.buddy.intake.neighbourhood.unknown"));
        var intake = new BuddyIntake(
                areas.municipality().code(),
                organisation,
                side,
                checked,
                buurt.districtCode(),
                me.id(),
                clock.instant());
        intakes.save(intake);
        return intake.id();
    }

    /** One intake of the coordinator's initiatives, logged as seen; another's is not found. */
    @Transactional(readOnly = true)
    BuddyIntake one(AccountSummary me, UUID id) {
        var intake = reachable(me, id);
        events.publishEvent(new PersonalDataViewed(me.id(), "buddy-intake", id, "buddy-matching", clock.instant()));
        return intake;
    }

    @Transactional(readOnly = true)
    String neighbourhoodName(BuddyIntake intake) {
        return areas.neighbourhood(intake.neighbourhoodCode())
                .map(NeighbourhoodSummary::name)
                .orElse("");
    }

    /** The best waiting volunteers of the same initiative for a waiting resident, best first, with reasons. */
    @Transactional(readOnly = true)
    List<Proposal> suggestionsFor(AccountSummary me, UUID residentId, Locale locale) {
        var resident = reachable(me, residentId);
        if (resident.side() != IntakeSide.RESIDENT || resident.status() != IntakeStatus.WAITING) {
            return List.of();
        }
        var volunteers = waiting(resident.organisationId(), IntakeSide.VOLUNTEER);
        var byId = volunteers.stream().collect(Collectors.toMap(BuddyIntake::id, Function.identity()));
        var buurten = neighbourhoods();
        var ranked = new Volunteers(
                        volunteers.stream().map(v -> profile(v, buurten)).toList())
                .bestFor(profile(resident, buurten), SUGGESTIONS);
        return ranked.stream()
                .map(s -> proposal(s, resident, byId.get(s.volunteerId()), locale))
                .toList();
    }

    /** The best pairing of the whole waiting list of one initiative: a suggestion, nothing is saved. */
    @Transactional(readOnly = true)
    List<Proposal> bestPairing(AccountSummary me, UUID organisationId, Locale locale) {
        if (!me.worksFor(organisationId)) {
            throw notFound();
        }
        var residents = waiting(organisationId, IntakeSide.RESIDENT);
        var volunteers = waiting(organisationId, IntakeSide.VOLUNTEER);
        var all = new HashMap<UUID, BuddyIntake>();
        residents.forEach(r -> all.put(r.id(), r));
        volunteers.forEach(v -> all.put(v.id(), v));
        var buurten = neighbourhoods();
        events.publishEvent(new PersonalDataViewed(
                me.id(), "buddy-waiting-list", organisationId, "buddy-matching", clock.instant()));
        return Pairing.best(
                        residents.stream().map(r -> profile(r, buurten)).toList(),
                        volunteers.stream().map(v -> profile(v, buurten)).toList())
                .stream()
                .map(s -> proposal(s, all.get(s.residentId()), all.get(s.volunteerId()), locale))
                .sorted(Comparator.comparing(Proposal::residentName, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    /**
     * The coordinator confirms a pair: both stop waiting, and both are asked later whether it worked out. Refused
     * when one of them no longer waits, they belong to different initiatives, or they cannot be buddies.
     */
    UUID confirm(AccountSummary me, UUID residentId, UUID volunteerId, Locale locale) {
        var resident = reachable(me, residentId);
        var volunteer = reachable(me, volunteerId);
        if (resident.side() != IntakeSide.RESIDENT
                || volunteer.side() != IntakeSide.VOLUNTEER
                || !resident.organisationId().equals(volunteer.organisationId())) {
            throw notFound();
        }
        if (resident.status() != IntakeStatus.WAITING || volunteer.status() != IntakeStatus.WAITING) {
            throw new IntakeRefused(null, "help.buddy.match.notWaiting");
        }
        var buurten = neighbourhoods();
        var fit = new Volunteers(List.of(profile(volunteer, buurten))).bestFor(profile(resident, buurten), 1);
        if (fit.isEmpty()) {
            throw new IntakeRefused(null, "help.buddy.match.obstacle");
        }
        var now = clock.instant();
        var match = matches.save(new BuddyMatch(
                areas.municipality().code(),
                resident,
                volunteer,
                fit.get(0).points(),
                reasons.line(fit.get(0).reasons(), Locale.forLanguageTag("nl")),
                me.id(),
                now));
        resident.matched(now);
        volunteer.matched(now);
        events.publishEvent(new HelpMatched(
                match.id(),
                MatchKind.BUDDY,
                CATEGORY,
                resident.districtCode(),
                now,
                List.of(
                        new HelpMatched.MatchedPerson(resident.firstName(), resident.email()),
                        new HelpMatched.MatchedPerson(volunteer.firstName(), volunteer.email()))));
        events.publishEvent(
                new HelpActivity(HelpActivity.Type.MATCH, MatchKind.BUDDY, CATEGORY, resident.districtCode(), now));
        return match.id();
    }

    /** The intake ends: the person no longer waits, or the match is over. It is anonymised after the keeping period. */
    void close(AccountSummary me, UUID id) {
        var intake = reachable(me, id);
        if (intake.status() != IntakeStatus.CLOSED) {
            intake.close(clock.instant());
        }
    }

    private List<BuddyIntake> waiting(UUID organisationId, IntakeSide side) {
        return intakes.findByOrganisationIdAndSideAndStatusOrderByCreatedAt(organisationId, side, IntakeStatus.WAITING);
    }

    private Proposal proposal(Suggestion suggestion, BuddyIntake resident, BuddyIntake volunteer, Locale locale) {
        return new Proposal(
                resident.id(),
                resident.firstName(),
                neighbourhoodName(resident),
                volunteer.id(),
                volunteer.firstName(),
                neighbourhoodName(volunteer),
                suggestion.points(),
                reasons.line(suggestion.reasons(), locale));
    }

    private BuddyIntake reachable(AccountSummary me, UUID id) {
        return intakes.findById(id)
                .filter(i -> me.worksFor(i.organisationId()) && i.status() != IntakeStatus.CLOSED)
                .orElseThrow(BuddyIntakes::notFound);
    }

    private UUID organisationFor(AccountSummary me, UUID chosen) {
        if (chosen != null) {
            if (!me.worksFor(chosen)) {
                throw new IntakeRefused("organisation", "help.buddy.intake.organisation.required");
            }
            return chosen;
        }
        var mine = accounts.organisationsOf(me);
        if (mine.size() != 1) {
            throw new IntakeRefused("organisation", "help.buddy.intake.organisation.required");
        }
        return mine.get(0).id();
    }

    private static Profile profile(BuddyIntake intake, Map<String, NeighbourhoodSummary> buurten) {
        return intake.profile(buurten.get(intake.neighbourhoodCode()).centre());
    }

    /** Every buurt by code, for making many profiles at once. */
    private Map<String, NeighbourhoodSummary> neighbourhoods() {
        return areas.districts().stream()
                .flatMap(d -> d.neighbourhoods().stream())
                .collect(Collectors.toMap(NeighbourhoodSummary::code, Function.identity()));
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
