package nl.omkijken.notification;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OutboxMailRepository extends JpaRepository<OutboxMail, UUID> {

    /** Due mail, locked so that a second application node skips it instead of sending it twice. */
    @Query(
            value = "select * from outbox_mail where sent_at is null and next_attempt_at <= :now"
                    + " order by next_attempt_at limit :limit for update skip locked",
            nativeQuery = true)
    List<OutboxMail> lockDue(Instant now, int limit);

    long countBySentAtIsNull();
}
