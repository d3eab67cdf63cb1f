package nl.omkijken.help;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface HelpPostRepository extends JpaRepository<HelpPost, UUID>, JpaSpecificationExecutor<HelpPost> {

    List<HelpPost> findByStatusOrderByCreatedAt(PostStatus status);

    List<HelpPost> findByStatusInOrderByPublishedAtDesc(Collection<PostStatus> statuses, Pageable page);

    List<HelpPost> findByAuthorAccountIdOrderByCreatedAtDesc(UUID authorAccountId);

    long countByAuthorAccountIdAndCreatedAtAfter(UUID authorAccountId, Instant after);

    /** The posts an account wrote, or made on a resident's behalf, newest first. */
    @Query("select p from HelpPost p where p.authorAccountId = :account or p.postedByAccountId = :account"
            + " order by p.createdAt desc")
    List<HelpPost> findOwnedBy(UUID account);

    @Query("select count(p) from HelpPost p where (p.authorAccountId = :account or p.postedByAccountId = :account)"
            + " and p.createdAt > :after")
    long countOwnedSince(UUID account, Instant after);

    long countByMunicipalityCode(String municipalityCode);

    /** Closed and refused posts past their keeping period that still hold personal details. */
    List<HelpPost> findByStatusInAndClosedAtBeforeAndAnonymisedAtIsNull(
            Collection<PostStatus> statuses, Instant closedBefore);
}
