package nl.omkijken.help;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface HelpPostRepository extends JpaRepository<HelpPost, UUID> {

    List<HelpPost> findByStatusOrderByCreatedAt(PostStatus status);

    List<HelpPost> findByStatusInOrderByPublishedAtDesc(Collection<PostStatus> statuses, Pageable page);

    List<HelpPost> findByAuthorAccountIdOrderByCreatedAtDesc(UUID authorAccountId);

    long countByAuthorAccountIdAndCreatedAtAfter(UUID authorAccountId, Instant after);

    /** Closed and refused posts past their keeping period that still hold personal details. */
    List<HelpPost> findByStatusInAndClosedAtBeforeAndAnonymisedAtIsNull(
            Collection<PostStatus> statuses, Instant closedBefore);
}
