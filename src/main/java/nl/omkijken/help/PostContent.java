package nl.omkijken.help;

import java.util.Set;
import nl.omkijken.help.matching.AgeBand;
import nl.omkijken.help.matching.Slot;

/**
 * What the author of a help request or offer writes, after the form is checked and personal details are taken out
 * of the text.
 *
 * @param ageBand {@code null} when the author did not say
 * @param neighbourhoodCode the CBS buurt code, such as {@code BU01930100}
 * @param districtCode the CBS wijk code of that buurt
 * @param availability the days and parts of day that suit; empty for "in overleg"
 */
record PostContent(
        HelpCategory category,
        Frequency frequency,
        String firstName,
        AgeBand ageBand,
        String text,
        String neighbourhoodCode,
        String districtCode,
        Set<Slot> availability) {

    PostContent {
        availability = Set.copyOf(availability);
    }
}
