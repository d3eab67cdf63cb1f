/**
 * The shared page shell and the general pages: start page, wijk pages, accessibility and privacy statements,
 * error pages, and the language choice. Uses the area and identity modules.
 */
@ApplicationModule(
        displayName = "Web",
        allowedDependencies = {"area", "identity"})
package nl.omkijken.web;

import org.springframework.modulith.ApplicationModule;
