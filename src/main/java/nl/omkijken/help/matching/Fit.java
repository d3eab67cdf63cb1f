package nl.omkijken.help.matching;

/** How a resident and a volunteer fit: a {@link Suggestion} when they could be buddies, else the {@link Obstacle}. */
public sealed interface Fit permits Suggestion, Obstacle {}
