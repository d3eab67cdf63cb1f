package nl.omkijken.help;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.omkijken.area.Areas;
import nl.omkijken.identity.AccountSummary;
import nl.omkijken.identity.PersonalDataViewed;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/** Anyone reports a public post; editors dismiss the report or take the post down, and the author is told. */
@Service
class PostReports {

    private final PostReportRepository reports;
    private final HelpPostRepository posts;
    private final PostViews views;
    private final ReportThrottle throttle;
    private final PostMail mail;
    private final Areas areas;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PostReports(
            PostReportRepository reports,
            HelpPostRepository posts,
            PostViews views,
            ReportThrottle throttle,
            PostMail mail,
            Areas areas,
            ApplicationEventPublisher events,
            Clock clock) {
        this.reports = reports;
        this.posts = posts;
        this.views = views;
        this.throttle = throttle;
        this.mail = mail;
        this.areas = areas;
        this.events = events;
        this.clock = clock;
    }

    /** An open report with the post it is about. */
    record OpenReport(UUID id, ReportReason reason, String text, Instant createdAt, PostView post) {}

    /** Keeps the report unless the post already had its share this hour; a post that is not public is not found. */
    @Transactional
    void report(UUID postId, ReportForm form) {
        var post = publicPost(postId);
        if (throttle.allow(post.id())) {
            reports.save(new PostReport(
                    areas.municipality().code(), post.id(), form.reason(), form.text(), clock.instant()));
        }
    }

    @Transactional(readOnly = true)
    PostView reportable(UUID postId) {
        return views.of(publicPost(postId));
    }

    /** The reports to handle, oldest first; the editor's view of each is logged. */
    @Transactional
    List<OpenReport> open(AccountSummary editor) {
        var now = clock.instant();
        return reports
                .findByMunicipalityCodeAndHandledAtIsNullOrderByCreatedAt(
                        areas.municipality().code())
                .stream()
                .flatMap(r -> posts.findById(r.postId()).stream().map(p -> {
                    events.publishEvent(new PersonalDataViewed(editor.id(), "help-post", p.id(), "report", now));
                    return new OpenReport(r.id(), r.reason(), r.text(), r.createdAt(), views.of(p));
                }))
                .toList();
    }

    @Transactional
    void dismiss(AccountSummary editor, UUID reportId) {
        openReport(reportId).handle(editor.id(), PostReport.Outcome.DISMISSED, clock.instant());
    }

    /** Closes the reported post, handles every open report on it, and tells the author. */
    @Transactional
    void removePost(AccountSummary editor, UUID reportId, String reason) {
        var report = openReport(reportId);
        var post = posts.findById(report.postId()).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        var now = clock.instant();
        if (post.nextStatuses().contains(PostStatus.CLOSED)) {
            post.close(CloseReason.REMOVED_BY_EDITOR, now);
            events.publishEvent(PostEvents.closed(post, now));
            mail.tell(post, PostMail.Outcome.REMOVED, reason);
        }
        for (var other : reports.findByPostIdAndHandledAtIsNull(post.id())) {
            other.handle(editor.id(), PostReport.Outcome.POST_REMOVED, now);
        }
    }

    private PostReport openReport(UUID reportId) {
        return reports.findById(reportId)
                .filter(r -> r.handledAt() == null)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private HelpPost publicPost(UUID postId) {
        return posts.findById(postId)
                .filter(p -> p.status().isPublic())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
