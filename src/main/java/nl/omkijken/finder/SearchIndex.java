package nl.omkijken.finder;

import jakarta.persistence.EntityManager;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import nl.omkijken.catalog.OfferingChanged;
import nl.omkijken.catalog.PublicOffering;
import nl.omkijken.catalog.PublicOfferings;
import org.hibernate.search.mapper.orm.Search;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the search in step with the catalog: after every change the catalog announces, the offering's entry is made
 * again or, when the public may no longer see it, removed. At start, and every night (next dates move on and old
 * confirmations expire), the whole set is compared with the catalog and brought in line.
 */
@Component
class SearchIndex {

    private static final Logger log = LoggerFactory.getLogger(SearchIndex.class);
    private static final int BATCH = 200;

    private final PublicOfferings catalog;
    private final SearchEntryRepository entries;
    private final EntityManager entityManager;
    private final TransactionTemplate transactions;
    private final SearchPageCache pages;

    SearchIndex(
            PublicOfferings catalog,
            SearchEntryRepository entries,
            EntityManager entityManager,
            PlatformTransactionManager transactionManager,
            SearchPageCache pages) {
        this.catalog = catalog;
        this.entries = entries;
        this.entityManager = entityManager;
        this.transactions = new TransactionTemplate(transactionManager);
        this.pages = pages;
    }

    /** Runs after the catalog's transaction has committed, so it reads what was saved. */
    @TransactionalEventListener(fallbackExecution = true)
    @Order(0)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void on(OfferingChanged change) {
        refresh(change.offeringId());
    }

    void refresh(UUID id) {
        catalog.find(id)
                .ifPresentOrElse(
                        o -> saveAll(List.of(o)), () -> entries.findById(id).ifPresent(entries::delete));
    }

    /** First among the listeners to the ready event; the data runners have all run by then. */
    @EventListener(ApplicationReadyEvent.class)
    @Order(0)
    void atStart() {
        rebuild();
    }

    @Scheduled(cron = "${omkijken.finder.rebuild-at:0 30 3 * * *}", zone = "Europe/Amsterdam")
    void nightly() {
        rebuild();
    }

    /**
     * Makes every entry again from the catalog, in batches, and removes those the public may no longer see. Fills
     * the Lucene index again too when it was lost while the table was kept.
     */
    void rebuild() {
        var started = System.nanoTime();
        var visible = catalog.visibleIds();
        for (var from = 0; from < visible.size(); from += BATCH) {
            var batch = visible.subList(from, Math.min(from + BATCH, visible.size()));
            transactions.executeWithoutResult(status -> saveAll(catalog.findAll(batch)));
        }
        var keep = new HashSet<>(visible);
        transactions.executeWithoutResult(status -> entries.deleteAllById(
                entries.findAllIds().stream().filter(id -> !keep.contains(id)).toList()));
        // An index lost, or written by an older mapping, is filled again from the table.
        if (indexedByThisVersion() != visible.size()) {
            reindex();
        }
        // One segment: counting filter values across many segments first maps every segment's values to each other,
        // on every search.
        Search.mapping(entityManager.getEntityManagerFactory())
                .scope(SearchEntry.class)
                .workspace()
                .mergeSegments();
        pages.clear();
        log.info(
                "Search index holds {} public offerings, rebuilt in {} ms",
                indexed(),
                (System.nanoTime() - started) / 1_000_000);
    }

    long indexed() {
        return transactions.execute(status -> Search.session(entityManager)
                .search(SearchEntry.class)
                .where(f -> f.matchAll())
                .fetchTotalHitCount());
    }

    private long indexedByThisVersion() {
        return transactions.execute(status -> Search.session(entityManager)
                .search(SearchEntry.class)
                .where(f -> f.match().field("mappingVersion").matching(SearchEntry.MAPPING_VERSION))
                .fetchTotalHitCount());
    }

    /** Fills the index again from the table, as it stands. */
    void reindex() {
        try {
            Search.mapping(entityManager.getEntityManagerFactory())
                    .scope(SearchEntry.class)
                    .massIndexer()
                    .purgeAllOnStart(true)
                    .threadsToLoadObjects(1)
                    .startAndWait();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Makes the entry of each offering again, or a new one; one query for all that exist. */
    private void saveAll(List<PublicOffering> offerings) {
        var existing = entries
                .findAllById(offerings.stream().map(PublicOffering::id).toList())
                .stream()
                .collect(java.util.stream.Collectors.toMap(SearchEntry::id, e -> e));
        for (var offering : offerings) {
            var entry = existing.get(offering.id());
            if (entry == null) {
                entries.save(new SearchEntry(offering));
            } else {
                entry.replaceWith(offering);
            }
        }
    }

    List<UUID> ids() {
        return entries.findAllIds();
    }
}
