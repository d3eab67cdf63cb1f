/**
 * The core of buddy matching, plain Java without Spring or a database: a {@link nl.omkijken.help.matching.Profile}
 * for each side of an intake, {@link nl.omkijken.help.matching.Scoring} of one pair with its reasons, the best
 * volunteers for one resident ({@link nl.omkijken.help.matching.Volunteers}), and the best pairing of a waiting list
 * ({@link nl.omkijken.help.matching.Pairing}). Everything it returns is a suggestion; it saves nothing.
 */
package nl.omkijken.help.matching;
