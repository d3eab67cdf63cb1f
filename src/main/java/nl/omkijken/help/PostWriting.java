package nl.omkijken.help;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.omkijken.area.Areas;
import nl.omkijken.identity.AccountSummary;
import nl.omkijken.identity.PersonalDataViewed;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * Residents write, revise and close their own help requests and offers; staff do so for a resident who agreed.
 * Personal details are taken out of the text before it is saved.
 */
@Service
class PostWriting {

    static final int MAX_PER_DAY = 3;
    static final int MAX_PER_DAY_ON_BEHALF = 20;

    private final HelpPostRepository posts;
    private final Areas areas;
    private final PostViews views;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PostWriting(HelpPostRepository posts, Areas areas, PostViews views, ApplicationEventPublisher events, Clock clock) {
        this.posts = posts;
        this.areas = areas;
        this.views = views;
        this.events = events;
        this.clock = clock;
    }

    /** What was saved, and which kinds of personal detail were taken out of the text. */
    record Written(UUID id, Set<PersonalDetails.Kind> removed) {}

    /** Saves a new post for the editors; throws {@link PostRefused} for a flood or a repeat. */
    @Transactional
    Written write(AccountSummary me, PostKind kind, PostForm form, boolean onBehalf) {
        var now = clock.instant();
        var limit = onBehalf ? MAX_PER_DAY_ON_BEHALF : MAX_PER_DAY;
        if (posts.countOwnedSince(me.id(), now.minus(Duration.ofDays(1))) >= limit) {
            throw new PostRefused("text", "help.post.text.flood");
        }
        var cleaned = PersonalDetails.clean(form.text());
        refuseRepeat(me.id(), cleaned.text(), null);
        var content = content(form, cleaned.text());
        var municipality = areas.municipality().code();
        var post = onBehalf
                ? HelpPost.onBehalf(municipality, kind, content, me.id(), now)
                : HelpPost.byResident(municipality, kind, content, me.id(), now);
        post.noteRemoved(names(cleaned.removed()));
        posts.save(post);
        return new Written(post.id(), cleaned.removed());
    }

    /** The author changes a post that waits for the editors or was sent back; it goes to the editors again. */
    @Transactional
    Written revise(AccountSummary me, UUID id, PostForm form) {
        var post = own(me, id);
        if (post.status() != PostStatus.CHANGES_REQUESTED && post.status() != PostStatus.AWAITING_REVIEW) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        var cleaned = PersonalDetails.clean(form.text());
        refuseRepeat(me.id(), cleaned.text(), id);
        post.revise(content(form, cleaned.text()));
        post.noteRemoved(names(cleaned.removed()));
        return new Written(post.id(), cleaned.removed());
    }

    /** The author closes their post; a public one is counted as closed. */
    @Transactional
    void close(AccountSummary me, UUID id, CloseReason reason) {
        var post = own(me, id);
        if (reason == CloseReason.REMOVED_BY_EDITOR || !post.nextStatuses().contains(PostStatus.CLOSED)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        var wasPublished = post.publishedAt() != null;
        post.close(reason, clock.instant());
        if (wasPublished) {
            events.publishEvent(PostEvents.closed(post, clock.instant()));
        }
    }

    @Transactional(readOnly = true)
    List<OwnPost> mine(AccountSummary me) {
        return posts.findOwnedBy(me.id()).stream()
                .filter(p -> p.anonymisedAt() == null)
                .map(p -> shown(me, p))
                .toList();
    }

    @Transactional(readOnly = true)
    OwnPost one(AccountSummary me, UUID id) {
        return shown(me, own(me, id));
    }

    /** A post written on a resident's behalf shows that resident's details to staff, so it is logged. */
    private OwnPost shown(AccountSummary me, HelpPost post) {
        if (post.isOnBehalf()) {
            events.publishEvent(new PersonalDataViewed(me.id(), "help-post", post.id(), "on-behalf", clock.instant()));
        }
        return OwnPost.of(post, views.of(post));
    }

    /** The form filled in with a post that waits for the editors or was sent back, to change it. */
    @Transactional(readOnly = true)
    PostForm formFor(AccountSummary me, UUID id) {
        return PostForm.of(own(me, id).content());
    }

    /** A post of this account; anybody else's is not found, so nothing leaks. */
    private HelpPost own(AccountSummary me, UUID id) {
        return posts.findById(id)
                .filter(p -> me.id().equals(p.replyAccountId()) && p.anonymisedAt() == null)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private void refuseRepeat(UUID account, String text, UUID except) {
        var same = posts.findOwnedBy(account).stream()
                .filter(p -> !p.id().equals(except) && p.anonymisedAt() == null)
                .anyMatch(p -> normal(p.content().text()).equals(normal(text)));
        if (same) {
            throw new PostRefused("text", "help.post.text.repeat");
        }
    }

    private PostContent content(PostForm form, String cleanedText) {
        var neighbourhood = areas.districts().stream()
                .flatMap(d -> d.neighbourhoods().stream())
                .filter(n -> n.code().equals(form.neighbourhood()))
                .findFirst()
                .orElseThrow(() -> new PostRefused("neighbourhood", "help.post.neighbourhood.unknown"));
        return new PostContent(
                form.category(),
                form.frequency(),
                form.firstName(),
                form.ageBand(),
                cleanedText,
                neighbourhood.code(),
                neighbourhood.districtCode(),
                form.availability());
    }

    private static String normal(String text) {
        return text.toLowerCase(java.util.Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", " ")
                .strip();
    }

    private static Set<String> names(Set<PersonalDetails.Kind> kinds) {
        return kinds.stream().map(Enum::name).collect(Collectors.toSet());
    }
}
