package nl.omkijken.help.buddy;

import java.time.Clock;
import nl.omkijken.help.HelpProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every night, buddy intakes closed longer than {@code omkijken.help.keep-closed-for} ago lose everything that could
 * point to a person. Runs only while {@code omkijken.scheduling.enabled} is on.
 */
@Component
class BuddyRetention {

    private static final Logger log = LoggerFactory.getLogger(BuddyRetention.class);

    private final BuddyIntakeRepository intakes;
    private final HelpProperties settings;
    private final Clock clock;

    BuddyRetention(BuddyIntakeRepository intakes, HelpProperties settings, Clock clock) {
        this.intakes = intakes;
        this.settings = settings;
        this.clock = clock;
    }

    /** Anonymises what is due and returns how many intakes that was. */
    @Scheduled(cron = "${omkijken.help.anonymise-at:0 30 3 * * *}", zone = "Europe/Amsterdam")
    @Transactional
    public int anonymise() {
        var now = clock.instant();
        var due = intakes.findByStatusAndClosedAtBeforeAndAnonymisedAtIsNull(
                IntakeStatus.CLOSED, now.minus(settings.keepClosedFor()));
        due.forEach(intake -> intake.anonymise(now));
        if (!due.isEmpty()) {
            log.info("Anonymised {} closed buddy intakes", due.size());
        }
        return due.size();
    }
}
