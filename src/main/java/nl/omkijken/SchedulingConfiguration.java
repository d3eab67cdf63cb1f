package nl.omkijken;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Timed jobs (sending queued mail, freshness reminders) run unless {@code omkijken.scheduling.enabled} is false, as
 * in tests, which run each job themselves when they want it.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(name = "omkijken.scheduling.enabled", matchIfMissing = true)
@EnableScheduling
class SchedulingConfiguration {}
