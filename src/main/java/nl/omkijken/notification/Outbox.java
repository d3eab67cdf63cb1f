package nl.omkijken.notification;

import java.time.Clock;
import nl.omkijken.area.Areas;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Where other modules put mail: in their own transaction, so a mail exists exactly when the change does. */
@Service
public class Outbox {

    private final OutboxMailRepository mails;
    private final Areas areas;
    private final Clock clock;

    Outbox(OutboxMailRepository mails, Areas areas, Clock clock) {
        this.mails = mails;
        this.areas = areas;
        this.clock = clock;
    }

    /** Queues the mail; it goes out within a minute, or later if the mail server is down. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void enqueue(Mail mail) {
        mails.save(new OutboxMail(areas.municipality().code(), mail, clock.instant()));
    }
}
