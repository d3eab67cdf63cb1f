package nl.omkijken.area;

/** The municipality an instance serves, by its CBS code. */
public record Municipality(String code, String name) {}
