package nl.omkijken.audit;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long the access log is kept.
 *
 * @param keepFor a line of the log is deleted this long after the view it records
 */
@ConfigurationProperties("omkijken.audit")
record AuditProperties(@DefaultValue("730d") Duration keepFor) {}
