package nl.omkijken.finder;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * For {@code bench/finder} only (profile {@code bench}): runs the benchmark's search addresses straight against
 * {@link OfferingSearch}, without HTTP or rendering, in two threads for a while, and prints requests per second and
 * the 50th and 99th percentile. This is the search engine's own limit on the machine.
 *
 * <p>It runs in the application that also serves the search page, each time the trigger file appears (the script
 * creates it between two HTTP runs, and the page has no requests meanwhile), so that (a) and (b) are measured
 * minutes apart in one process and not in two processes a quarter of an hour apart: this machine's speed drifts by
 * a third within half an hour.
 */
@Component
@Profile("bench")
class SearchBenchmark {

    private static final Logger log = LoggerFactory.getLogger(SearchBenchmark.class);

    private final OfferingSearch search;
    private final Path queries;
    private final Path trigger;
    private final int seconds;
    private final int warmUpSeconds;

    SearchBenchmark(
            OfferingSearch search,
            @Value("${omkijken.bench.queries}") Path queries,
            @Value("${omkijken.bench.trigger}") Path trigger,
            @Value("${omkijken.bench.seconds:20}") int seconds,
            @Value("${omkijken.bench.warm-up-seconds:20}") int warmUpSeconds) {
        this.search = search;
        this.queries = queries;
        this.trigger = trigger;
        this.seconds = seconds;
        this.warmUpSeconds = warmUpSeconds;
    }

    /** Starts watching for the trigger once the application is ready. */
    @EventListener(ApplicationReadyEvent.class)
    void watch() {
        var watcher = new Thread(this::runOnEachTrigger, "search-benchmark");
        watcher.setDaemon(true);
        watcher.start();
    }

    private void runOnEachTrigger() {
        try {
            var all = Files.readAllLines(queries).stream()
                    .map(SearchBenchmark::parse)
                    .toList();
            while (true) {
                if (Files.deleteIfExists(trigger)) {
                    measure(all);
                }
                Thread.sleep(200);
            }
        } catch (IOException e) {
            log.error("The search benchmark stopped", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void measure(List<SearchQuery> all) throws InterruptedException {
        warmUp(all);
        var next = new AtomicInteger();
        var threads = new ArrayList<Thread>();
        var latencies = new ArrayList<long[]>();
        var deadline = System.nanoTime() + seconds * 1_000_000_000L;
        for (var t = 0; t < 2; t++) {
            var mine = new long[10_000_000];
            var count = new int[1];
            latencies.add(mine);
            var thread = new Thread(() -> {
                while (System.nanoTime() < deadline) {
                    var query = all.get(Math.floorMod(next.getAndIncrement(), all.size()));
                    var start = System.nanoTime();
                    search.search(query);
                    mine[count[0]++] = System.nanoTime() - start;
                }
                mine[mine.length - 1] = count[0];
            });
            threads.add(thread);
            thread.start();
        }
        for (var thread : threads) {
            thread.join();
        }
        var merged = latencies.stream()
                .flatMapToLong(l -> Arrays.stream(l, 0, (int) l[l.length - 1]))
                .sorted()
                .toArray();
        System.out.printf(
                "IN-PROCESS requests/s %.1f p50 %.2f ms p99 %.2f ms (%d searches, 2 threads, %d s)%n",
                merged.length / (double) seconds,
                merged[merged.length / 2] / 1e6,
                merged[(int) (merged.length * 0.99)] / 1e6,
                merged.length,
                seconds);
    }

    /** In one thread, in reverse order, like the HTTP warm-up. */
    private void warmUp(List<SearchQuery> all) {
        var until = System.nanoTime() + warmUpSeconds * 1_000_000_000L;
        for (var i = all.size() - 1; System.nanoTime() < until; i = i == 0 ? all.size() - 1 : i - 1) {
            search.search(all.get(i));
        }
    }

    /** A search address such as {@code /zoeken?q=koffie&wijk=WK019310&page=2}, as the HTTP benchmark requests it. */
    static SearchQuery parse(String path) {
        var parameters = new java.util.HashMap<String, List<String>>();
        UriComponentsBuilder.fromUriString(path)
                .build()
                .getQueryParams()
                .forEach((name, values) -> parameters.put(
                        name,
                        values.stream()
                                .map(v -> v == null ? "" : URLDecoder.decode(v, StandardCharsets.UTF_8))
                                .toList()));
        return SearchQuery.of(parameters);
    }
}
