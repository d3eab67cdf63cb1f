package nl.omkijken.identity;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins per user name, known or not, so that guessing passwords is slow and the block itself does
 * not tell whether an account exists. Kept in memory: a restart or a second node starts counting afresh.
 */
@Component
class LoginThrottle {

    private final int maxFailures;
    private final Cache<String, AtomicInteger> failures;

    LoginThrottle(IdentityProperties properties) {
        this.maxFailures = properties.throttle().maxFailures();
        this.failures = Caffeine.newBuilder()
                .expireAfterWrite(properties.throttle().blockFor())
                .maximumSize(100_000)
                .build();
    }

    boolean isBlocked(String userName) {
        var count = failures.getIfPresent(key(userName));
        return count != null && count.get() >= maxFailures;
    }

    void recordFailure(String userName) {
        var key = key(userName);
        var count = failures.get(key, k -> new AtomicInteger());
        count.incrementAndGet();
        failures.put(key, count);
    }

    void recordSuccess(String userName) {
        failures.invalidate(key(userName));
    }

    private static String key(String userName) {
        return userName == null ? "" : userName.strip().toLowerCase(Locale.ROOT);
    }
}
