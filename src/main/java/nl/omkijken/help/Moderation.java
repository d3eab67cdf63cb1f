package nl.omkijken.help;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.omkijken.identity.AccountSummary;
import nl.omkijken.identity.PersonalDataViewed;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * The editors read every post before the public does: approve it, ask the author for a change, or refuse it, each
 * with a mail to the author in the same transaction.
 */
@Service
class Moderation {

    static final int MAX_REASON = 1000;

    private final HelpPostRepository posts;
    private final PostViews views;
    private final PostMail mail;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Moderation(
            HelpPostRepository posts, PostViews views, PostMail mail, ApplicationEventPublisher events, Clock clock) {
        this.posts = posts;
        this.views = views;
        this.mail = mail;
        this.events = events;
        this.clock = clock;
    }

    /** A line in the queue: no personal details, so opening one is what is logged. */
    record QueueItem(UUID id, PostKind kind, HelpCategory category, String districtName, Instant createdAt) {}

    /** A post as the editor reads it. */
    record Review(PostView post, Set<String> removed, boolean onBehalf, Instant consentRecordedAt, Instant createdAt) {}

    @Transactional(readOnly = true)
    List<QueueItem> queue() {
        return posts.findByStatusOrderByCreatedAt(PostStatus.AWAITING_REVIEW).stream()
                .map(p -> {
                    var view = views.of(p);
                    return new QueueItem(p.id(), p.kind(), view.category(), view.districtName(), p.createdAt());
                })
                .toList();
    }

    /** Opens a waiting post; the editor's view of it is logged. */
    @Transactional
    Review open(AccountSummary editor, UUID id) {
        var post = waiting(id);
        events.publishEvent(new PersonalDataViewed(editor.id(), "help-post", post.id(), "moderation", clock.instant()));
        return new Review(
                views.of(post), post.removedDetails(), post.isOnBehalf(), post.consentRecordedAt(), post.createdAt());
    }

    @Transactional
    void approve(AccountSummary editor, UUID id) {
        var post = waiting(id);
        var now = clock.instant();
        post.approve(editor.id(), now);
        events.publishEvent(PostEvents.published(post, now));
        mail.tell(post, PostMail.Outcome.APPROVED, null);
    }

    @Transactional
    void requestChange(AccountSummary editor, UUID id, String reason) {
        var post = waiting(id);
        post.requestChange(editor.id(), reason, clock.instant());
        mail.tell(post, PostMail.Outcome.CHANGES_REQUESTED, reason);
    }

    @Transactional
    void refuse(AccountSummary editor, UUID id, String reason) {
        var post = waiting(id);
        post.refuse(editor.id(), reason, clock.instant());
        mail.tell(post, PostMail.Outcome.REFUSED, reason);
    }

    /** Only a waiting post can be decided on; anything else is not found (a second editor was quicker). */
    private HelpPost waiting(UUID id) {
        return posts.findById(id)
                .filter(p -> p.status() == PostStatus.AWAITING_REVIEW)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
