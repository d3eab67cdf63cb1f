/**
 * Mail to people, through a transactional outbox: other modules put a mail in the outbox inside their own
 * transaction, and a sender delivers it with retries. Uses the area module for the municipality.
 */
@ApplicationModule(displayName = "Notification", allowedDependencies = "area")
package nl.omkijken.notification;

import org.springframework.modulith.ApplicationModule;
