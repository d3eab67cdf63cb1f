package nl.omkijken.audit;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every night, the lines of the access log older than {@code omkijken.audit.keep-for} are deleted. Runs only while
 * {@code omkijken.scheduling.enabled} is on.
 */
@Component
class AccessLogRetention {

    private static final Logger log = LoggerFactory.getLogger(AccessLogRetention.class);

    private final AccessLogEntryRepository entries;
    private final AuditProperties settings;
    private final Clock clock;

    AccessLogRetention(AccessLogEntryRepository entries, AuditProperties settings, Clock clock) {
        this.entries = entries;
        this.settings = settings;
        this.clock = clock;
    }

    /** Deletes what is due and returns how many lines that was. */
    @Scheduled(cron = "${omkijken.audit.delete-at:0 45 3 * * *}", zone = "Europe/Amsterdam")
    @Transactional
    public int deleteOld() {
        var deleted = entries.deleteViewedBefore(clock.instant().minus(settings.keepFor()));
        if (deleted > 0) {
            log.info("Deleted {} lines of the access log", deleted);
        }
        return deleted;
    }
}
