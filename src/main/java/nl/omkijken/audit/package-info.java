/**
 * The access log: every time staff see someone's personal data, who, when, what and why, shown to the administrator
 * at {@code /beheer/inzage} and deleted after {@code omkijken.audit.keep-for}. It keeps each
 * {@link nl.omkijken.identity.PersonalDataViewed} synchronously, in a transaction of its own, so that screens that
 * read in a read-only transaction are logged too, and a view that cannot be logged fails rather than going unlogged.
 * Uses identity (the event, and who the staff are) and area (the municipality).
 */
@ApplicationModule(
        displayName = "Audit",
        allowedDependencies = {"identity", "area"})
package nl.omkijken.audit;

import org.springframework.modulith.ApplicationModule;
