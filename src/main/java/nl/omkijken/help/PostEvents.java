package nl.omkijken.help;

import java.time.Instant;

/** The anonymous activity a change to a post stands for: no person, only what and in which wijk. */
final class PostEvents {

    private PostEvents() {}

    static HelpActivity published(HelpPost post, Instant at) {
        var type = post.kind() == PostKind.REQUEST
                ? HelpActivity.Type.REQUEST_PUBLISHED
                : HelpActivity.Type.OFFER_PUBLISHED;
        return new HelpActivity(
                type, MatchKind.POST, post.content().category(), post.content().districtCode(), at);
    }

    static HelpActivity closed(HelpPost post, Instant at) {
        return new HelpActivity(
                HelpActivity.Type.CLOSED,
                MatchKind.POST,
                post.content().category(),
                post.content().districtCode(),
                at);
    }
}
