package nl.omkijken.catalog.demo;

import java.time.Clock;
import java.time.LocalDate;
import nl.omkijken.area.Areas;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gives a new demo or development database Zwolle's curated demo offer, so that every screen has something real to
 * show: after the taxonomy and the demo organisations, and only while the municipality has no providers yet. Never
 * under the production profile.
 */
@Component
@Profile("!production")
@Order(20)
class CatalogDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(CatalogDemoData.class);

    private final CatalogRows rows;
    private final Areas areas;
    private final Clock clock;

    CatalogDemoData(CatalogRows rows, Areas areas, Clock clock) {
        this.rows = rows;
        this.areas = areas;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (rows.providerCount() > 0) {
            return;
        }
        var now = clock.instant();
        var offer = new CuratedOffer(
                rows.organisationsByName(),
                rows.termIds(),
                new DemoPlacement(areas),
                new DemoCalendar(LocalDate.now(clock)),
                now);
        rows.insertProviders(offer.providers(), now);
        rows.insertLocations(offer.locations());
        rows.insertOfferings(offer.offerings());
        log.info(
                "Loaded the demo offer: {} providers, {} locations, {} offerings",
                offer.providers().size(),
                offer.locations().size(),
                offer.offerings().size());
    }
}
