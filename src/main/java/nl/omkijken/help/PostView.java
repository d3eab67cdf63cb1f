package nl.omkijken.help;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.omkijken.help.matching.AgeBand;
import nl.omkijken.help.matching.Slot;

/**
 * A post as a page shows it: only what the public may see (first name, age band, buurt, what and when, the text).
 *
 * @param slots in week order; empty for "in overleg"
 */
record PostView(
        UUID id,
        PostKind kind,
        HelpCategory category,
        String firstName,
        AgeBand ageBand,
        String neighbourhoodName,
        String districtName,
        Frequency frequency,
        List<Slot> slots,
        String text,
        Instant publishedAt) {

    PostView {
        slots = List.copyOf(slots);
    }
}
