package nl.omkijken.help;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Keeps at most a few reports per post per hour, in memory: reports need no account, so this is what stops one
 * person from filling the editors' list. What goes over is dropped; a restart forgets, which is fine for an hour.
 */
@Component
class ReportThrottle {

    static final int PER_POST_PER_HOUR = 5;
    private static final Duration WINDOW = Duration.ofHours(1);

    private final Map<UUID, Deque<Instant>> recent = new ConcurrentHashMap<>();
    private final Clock clock;

    ReportThrottle(Clock clock) {
        this.clock = clock;
    }

    /** Whether another report on this post may be kept now; counts it when so. */
    boolean allow(UUID postId) {
        var now = clock.instant();
        var allowed = new boolean[1];
        recent.compute(postId, (id, times) -> {
            var kept = times == null ? new ArrayDeque<Instant>() : times;
            while (!kept.isEmpty() && kept.peekFirst().isBefore(now.minus(WINDOW))) {
                kept.pollFirst();
            }
            allowed[0] = kept.size() < PER_POST_PER_HOUR;
            if (allowed[0]) {
                kept.addLast(now);
            }
            return kept;
        });
        recent.entrySet().removeIf(e -> e.getValue().isEmpty());
        return allowed[0];
    }
}
