package nl.omkijken.help;

import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import nl.omkijken.area.Areas;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/** The help requests and offers anyone may read, newest first; nothing else of a post ever leaves this class. */
@Service
@Transactional(readOnly = true)
class PublicPosts {

    static final int PAGE_SIZE = 20;
    private static final EnumSet<PostStatus> PUBLIC =
            EnumSet.of(PostStatus.OPEN, PostStatus.IN_CONTACT, PostStatus.MATCHED);

    private final HelpPostRepository posts;
    private final PostViews views;
    private final Areas areas;

    PublicPosts(HelpPostRepository posts, PostViews views, Areas areas) {
        this.posts = posts;
        this.views = views;
        this.areas = areas;
    }

    /** What a visitor filters on; {@code null} means any. */
    record Filter(PostKind kind, HelpCategory category, String districtCode, int page) {}

    /** One page of posts, and how many pages there are. */
    record Listing(List<PostView> posts, int page, int pages, long total) {}

    Listing list(Filter filter) {
        Specification<HelpPost> where = (root, query, cb) -> cb.and(
                cb.equal(root.get("municipalityCode"), areas.municipality().code()),
                root.get("status").in(PUBLIC));
        if (filter.kind() != null) {
            where = where.and((root, query, cb) -> cb.equal(root.get("kind"), filter.kind()));
        }
        if (filter.category() != null) {
            where = where.and((root, query, cb) -> cb.equal(root.get("category"), filter.category()));
        }
        if (filter.districtCode() != null) {
            where = where.and((root, query, cb) -> cb.equal(root.get("districtCode"), filter.districtCode()));
        }
        var page = Math.max(1, filter.page());
        var found = posts.findAll(
                where, PageRequest.of(page - 1, PAGE_SIZE, Sort.by(Sort.Direction.DESC, "publishedAt", "id")));
        return new Listing(
                found.getContent().stream().map(views::of).toList(),
                page,
                Math.max(1, found.getTotalPages()),
                found.getTotalElements());
    }

    /** One public post; any other is not found, the same as one that never existed. */
    PostView one(UUID id) {
        return posts.findById(id)
                .filter(p -> p.status().isPublic())
                .map(views::of)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /** Whether someone may still react to the post, for the "Reageren" button. */
    boolean takesReactions(UUID id) {
        return posts.findById(id).map(p -> p.status().takesReactions()).orElse(false);
    }
}
