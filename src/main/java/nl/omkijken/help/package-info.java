/**
 * Help between residents: help requests (oproepen) and help offers, organisations' volunteer vacancies, and buddy
 * matching (maatjes), where a coordinator takes the intakes of a resident and of volunteers, sees ranked
 * suggestions with their reasons, and confirms a match; nothing is matched without a coordinator. Uses the area
 * module (buurten), identity (who asks, who coordinates), the catalog (the organisations behind an initiative) and
 * notification (mail).
 */
@ApplicationModule(
        displayName = "Help",
        allowedDependencies = {"area", "identity", "catalog", "notification"})
package nl.omkijken.help;

import org.springframework.modulith.ApplicationModule;
