package nl.omkijken.help;

/** How two people found each other: through a help request or offer, a volunteer vacancy, or a buddy coordinator. */
public enum MatchKind {
    POST,
    VACANCY,
    BUDDY
}
