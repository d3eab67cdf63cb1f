/**
 * The public face of Omkijken: residents search, filter and read the offer of the social base without an account.
 * Keeps its own search index of what the catalog publishes (Hibernate Search on Lucene), in step with every change
 * the catalog announces. Uses the catalog (the public offer), the area module (wijken and buurten) and identity (which
 * pages are public). Other modules see one thing of it: {@code WhatsOn}, what is on in a wijk today and this week,
 * which the start page shows.
 */
@ApplicationModule(
        displayName = "Finder",
        allowedDependencies = {"catalog", "area", "identity"})
package nl.omkijken.finder;

import org.springframework.modulith.ApplicationModule;
