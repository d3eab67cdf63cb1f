package nl.omkijken.help;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Two people were matched: the author of a post and the one who reacted, a volunteer and an organisation, or a
 * buddy pair confirmed by a coordinator. Published inside the transaction that records the match, so that what
 * listens (the outcome question two weeks later, the anonymous figures) is saved with it or not at all.
 *
 * @param districtCode the CBS wijk code where it happens, for the anonymous figures
 * @param people the two sides, to ask later whether it worked out; an e-mail may be null
 */
public record HelpMatched(
        UUID matchId,
        MatchKind kind,
        HelpCategory category,
        String districtCode,
        Instant matchedAt,
        List<MatchedPerson> people) {

    public HelpMatched {
        people = List.copyOf(people);
    }

    /** One side of a match: the first name a mail greets, and where it goes. */
    public record MatchedPerson(String firstName, String email) {}
}
