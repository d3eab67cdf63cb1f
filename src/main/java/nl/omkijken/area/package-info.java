/**
 * The municipality and its areas: CBS wijken (districts) and buurten (neighbourhoods) with their polygons and
 * figures, and the lookup from a coordinate to its buurt. Uses no other module.
 */
@ApplicationModule(
        displayName = "Area",
        allowedDependencies = {})
package nl.omkijken.area;

import org.springframework.modulith.ApplicationModule;
