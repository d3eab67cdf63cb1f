/**
 * The offer of the social base: providers, their locations, offerings and schedules, the taxonomy of themes and
 * target groups, editorial review and freshness. Modelled on Open Referral HSDS 3.0. Uses the area module (which
 * buurt a location lies in), the identity module (who works for which provider) and the notification module
 * (reminder mail).
 */
@ApplicationModule(
        displayName = "Catalog",
        allowedDependencies = {"area", "identity", "notification"})
package nl.omkijken.catalog;

import org.springframework.modulith.ApplicationModule;
