package nl.omkijken;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The embedded PostgreSQL that runs when no {@code spring.datasource.url} is given.
 *
 * @param dataDirectory where the database files live; kept across restarts unless {@code keepData} is false
 * @param keepData false for a throw-away database (tests)
 * @param port the loopback port, 0 for any free port
 */
@ConfigurationProperties("omkijken.database.embedded")
public record DatabaseProperties(
        @DefaultValue("./data/postgres") Path dataDirectory,
        @DefaultValue("true") boolean keepData,
        @DefaultValue("0") int port) {}
