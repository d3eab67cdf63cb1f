package nl.omkijken.help;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SenderBlockRepository extends JpaRepository<SenderBlock, SenderBlock.Key> {

    /** Whether either of the two blocked the other. */
    @Query("select count(b) > 0 from SenderBlock b where (b.key.blockerKey = :one and b.key.blockedKey = :other)"
            + " or (b.key.blockerKey = :other and b.key.blockedKey = :one)")
    boolean between(String one, String other);
}
