package nl.omkijken.help.matching;

import java.util.Set;

/**
 * What someone wants in their buddy. An empty set is no wish; a buddy whose gender or age band is not known does not
 * meet a wish about it.
 */
public record Preferences(Set<Gender> genders, Set<AgeBand> ageBands) {

    public static final Preferences NONE = new Preferences(Set.of(), Set.of());

    public Preferences {
        genders = Set.copyOf(genders);
        ageBands = Set.copyOf(ageBands);
    }
}
