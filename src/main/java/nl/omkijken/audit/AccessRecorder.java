package nl.omkijken.audit;

import jakarta.persistence.EntityManager;
import nl.omkijken.area.Areas;
import nl.omkijken.identity.PersonalDataViewed;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps every staff view of personal data while the screen that shows it is still running. Synchronous, not after
 * the screen's commit: many screens read in a read-only transaction, which would write nothing, and a log written
 * later could be lost. In a transaction of its own, committed before the screen goes on; when it fails, the exception
 * reaches the screen, which then shows an error page instead of the data.
 */
@Component
class AccessRecorder {

    private final EntityManager entityManager;
    private final Areas areas;

    AccessRecorder(EntityManager entityManager, Areas areas) {
        this.entityManager = entityManager;
        this.areas = areas;
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void keep(PersonalDataViewed viewed) {
        entityManager.persist(new AccessLogEntry(areas.municipality().code(), viewed));
    }
}
