/**
 * The shared page shell and the general pages: start page, wijk pages, accessibility and privacy statements,
 * error pages, and the language choice. Uses the area and identity modules, and the finder for one thing: what is
 * on in the resident's wijk on the start page, through the finder's {@code WhatsOn} and its records. The start page
 * stays here rather than moving to the finder because it is the entry to every part of Omkijken, not only to the
 * public offer; no module uses this one, so the dependency makes no cycle.
 */
@ApplicationModule(
        displayName = "Web",
        allowedDependencies = {"area", "identity", "finder"})
package nl.omkijken.web;

import org.springframework.modulith.ApplicationModule;
