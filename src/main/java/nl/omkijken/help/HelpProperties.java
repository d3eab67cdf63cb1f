package nl.omkijken.help;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How help between residents keeps and follows up what people share.
 *
 * @param keepClosedFor a closed or refused post, conversation or buddy intake keeps its personal details this long,
 *     then only the anonymous facts remain
 * @param outcomeAfter this long after a match both sides are asked "Is het gelukt?"
 */
@ConfigurationProperties("omkijken.help")
public record HelpProperties(
        @DefaultValue("365d") Duration keepClosedFor,
        @DefaultValue("14d") Duration outcomeAfter) {}
