package nl.omkijken.notification;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param mailFrom the sender of every mail the platform sends
 * @param sendEvery how often the outbox is emptied
 */
@ConfigurationProperties("omkijken.notification")
public record NotificationProperties(
        @DefaultValue("Omkijken <noreply@omkijken.test>") String mailFrom,
        @DefaultValue("30s") Duration sendEvery) {}
