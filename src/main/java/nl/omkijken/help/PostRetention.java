package nl.omkijken.help;

import java.time.Clock;
import java.util.EnumSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every night, closed and refused posts kept longer than {@code omkijken.help.keep-closed-for} lose everything that
 * could point to a person, and the reports about them go; what the anonymous figures count stays. Runs only while
 * {@code omkijken.scheduling.enabled} is on.
 */
@Component
class PostRetention {

    private static final Logger log = LoggerFactory.getLogger(PostRetention.class);

    private final HelpPostRepository posts;
    private final PostReportRepository reports;
    private final HelpProperties settings;
    private final Clock clock;

    PostRetention(HelpPostRepository posts, PostReportRepository reports, HelpProperties settings, Clock clock) {
        this.posts = posts;
        this.reports = reports;
        this.settings = settings;
        this.clock = clock;
    }

    /** Anonymises what is due and returns how many posts that was. */
    @Scheduled(cron = "${omkijken.help.anonymise-at:0 30 3 * * *}", zone = "Europe/Amsterdam")
    @Transactional
    public int anonymise() {
        var now = clock.instant();
        var due = posts.findByStatusInAndClosedAtBeforeAndAnonymisedAtIsNull(
                EnumSet.of(PostStatus.CLOSED, PostStatus.REFUSED), now.minus(settings.keepClosedFor()));
        for (var post : due) {
            post.anonymise(now);
            reports.deleteByPostId(post.id());
        }
        if (!due.isEmpty()) {
            log.info("Anonymised {} closed help posts", due.size());
        }
        return due.size();
    }
}
