package nl.omkijken.help;

import java.time.Instant;
import java.util.Set;

/**
 * One of the author's own posts, with where it stands: the editor's reason when it was sent back or refused, and
 * which kinds of personal detail were taken out of the text.
 */
record OwnPost(
        PostView post,
        PostStatus status,
        String moderationNote,
        Set<String> removed,
        boolean onBehalf,
        boolean canRevise,
        boolean canClose,
        CloseReason closeReason,
        Instant createdAt,
        Instant closedAt) {

    static OwnPost of(HelpPost post, PostView view) {
        return new OwnPost(
                view,
                post.status(),
                post.moderationNote(),
                post.removedDetails(),
                post.isOnBehalf(),
                post.status() == PostStatus.CHANGES_REQUESTED || post.status() == PostStatus.AWAITING_REVIEW,
                post.nextStatuses().contains(PostStatus.CLOSED),
                post.closeReason(),
                post.createdAt(),
                post.closedAt());
    }
}
