/**
 * The offer of the social base: providers, their locations, offerings and schedules, the taxonomy of themes and
 * target groups, editorial review and freshness. Modelled on Open Referral HSDS 3.0. Uses the area module (which
 * buurt a location lies in) and the identity module (who works for which provider).
 */
@ApplicationModule(
        displayName = "Catalog",
        allowedDependencies = {"area", "identity"})
package nl.omkijken.catalog;

import org.springframework.modulith.ApplicationModule;
