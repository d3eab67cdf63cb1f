package nl.omkijken.help;

import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/** Accounts and posts made for one test, so that the shared context's flood limits never meet. */
final class HelpFixtures {

    /** The buurt Pierik in the wijk Assendorp. */
    static final String PIERIK = "BU01931340";

    private HelpFixtures() {}

    /** A new resident with the demo password, signed in like the demo resident; returns the e-mail address. */
    static String resident(JdbcTemplate jdbc, String displayName) {
        var email = "bewoner-" + UUID.randomUUID() + "@omkijken.test";
        var id = UUID.randomUUID();
        jdbc.update(
                "insert into account (id, municipality_code, email, display_name, password_hash, enabled, demo,"
                        + " created_at) select ?, municipality_code, ?, ?, password_hash, true, false, now()"
                        + " from account where email = 'inwoner@omkijken.test'",
                id,
                email,
                displayName);
        jdbc.update("insert into account_role (account_id, role) values (?, 'RESIDENT')", id);
        return email;
    }

    static UUID accountId(JdbcTemplate jdbc, String email) {
        return jdbc.queryForObject("select id from account where email = ?", UUID.class, email);
    }
}
