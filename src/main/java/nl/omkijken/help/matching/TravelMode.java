package nl.omkijken.help.matching;

/** How someone can travel to meet their buddy. */
public enum TravelMode {
    FOOT,
    BIKE,
    CAR,
    PUBLIC_TRANSPORT
}
