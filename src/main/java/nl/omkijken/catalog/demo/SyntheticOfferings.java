package nl.omkijken.catalog.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.LongStream;
import nl.omkijken.area.Areas;
import nl.omkijken.catalog.Vocabulary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Adds {@code omkijken.demo.scale} synthetic offerings, for load and search tests: all from one provider, "Omkijken
 * testdata", at test locations in every buurt. Each batch commits on its own; a later start adds only what is
 * missing, and the same scale always gives the same offerings.
 */
@Component
@Profile("!production")
@Order(30)
class SyntheticOfferings implements ApplicationRunner {

    static final String PROVIDER_NAME = "Omkijken testdata";
    static final int LOCATIONS_PER_NEIGHBOURHOOD = 4;
    static final UUID PROVIDER_ID = SyntheticRows.id(0, 0);

    private static final Logger log = LoggerFactory.getLogger(SyntheticOfferings.class);

    private final CatalogRows rows;
    private final Areas areas;
    private final DemoProperties properties;
    private final TransactionTemplate transactions;
    private final Clock clock;

    SyntheticOfferings(
            CatalogRows rows, Areas areas, DemoProperties properties, TransactionTemplate transactions, Clock clock) {
        this.rows = rows;
        this.areas = areas;
        this.properties = properties;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        generate(properties.scale());
    }

    /** Adds synthetic offerings until there are {@code wanted}, and returns how many it added. */
    long generate(long wanted) {
        if (wanted <= 0) {
            return 0;
        }
        var builder = transactions.execute(status -> prepare());
        var existing = rows.offeringCount(providerId());
        var started = System.nanoTime();
        var written = 0L;
        for (var from = existing; from < wanted; from += CatalogRows.BATCH_SIZE) {
            var batch = LongStream.range(from, Math.min(from + CatalogRows.BATCH_SIZE, wanted))
                    .mapToObj(builder::offering)
                    .toList();
            written += transactions.execute(status -> rows.insertOfferings(batch));
        }
        if (written > 0) {
            var seconds = (System.nanoTime() - started) / 1e9;
            log.info(
                    "Added {} synthetic offerings ({} rows) in {} s: {} rows per second",
                    wanted - existing,
                    written,
                    String.format(Locale.ROOT, "%.1f", seconds),
                    Math.round(written / seconds));
        }
        return Math.max(0, wanted - existing);
    }

    /** The synthetic provider's id: its organisation's if one has the name already. */
    UUID providerId() {
        return rows.organisationsByName().getOrDefault(PROVIDER_NAME.toLowerCase(Locale.ROOT), PROVIDER_ID);
    }

    private SyntheticRows prepare() {
        var now = clock.instant();
        var providerId = providerId();
        rows.insertProviders(
                List.of(new ProviderRow(
                        providerId,
                        PROVIDER_NAME,
                        "Gemaakte gegevens voor last- en zoektests. Dit aanbod bestaat niet echt.",
                        null,
                        "testdata@example.org",
                        null,
                        null)),
                now);
        var locations = locations(providerId, new DemoPlacement(areas), LOCATIONS_PER_NEIGHBOURHOOD);
        rows.insertLocations(locations);
        var terms = rows.termIds();
        return new SyntheticRows(
                providerId,
                locations,
                ids(terms, Vocabulary.THEME),
                ids(terms, Vocabulary.TARGET_GROUP),
                new DemoCalendar(LocalDate.now(clock)),
                now);
    }

    private static List<UUID> ids(Map<String, UUID> terms, Vocabulary vocabulary) {
        return terms.entrySet().stream()
                .filter(e -> e.getKey().startsWith(vocabulary + ":"))
                .sorted(Map.Entry.comparingByKey())
                .map(Map.Entry::getValue)
                .toList();
    }

    /** Test locations spread over every buurt, the same ones on every run. */
    static List<LocationRow> locations(UUID providerId, DemoPlacement placement, int perNeighbourhood) {
        var result = new ArrayList<LocationRow>();
        var number = 0;
        for (var neighbourhood : placement.neighbourhoods()) {
            for (var slot = 0; slot < perNeighbourhood; slot++, number++) {
                result.add(new LocationRow(
                        SyntheticRows.id(SyntheticRows.LOCATION, number),
                        providerId,
                        SyntheticTexts.place(slot) + " " + neighbourhood.name() + " " + SyntheticRows.MARK,
                        "Proefstraat " + (number + 1),
                        SyntheticTexts.postcode(number),
                        "Zwolle",
                        placement.pointIn(neighbourhood, SyntheticRows.SEED + number),
                        neighbourhood,
                        slot % 4 != 3,
                        slot % 4 == 0,
                        slot % 4 < 2,
                        "Op werkdagen van 9.00 tot 17.00 uur"));
            }
        }
        return result;
    }
}
