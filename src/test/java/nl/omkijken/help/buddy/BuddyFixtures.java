package nl.omkijken.help.buddy;

import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/** A fresh buddy initiative with its own coordinator, so that one test's waiting list is its own. */
final class BuddyFixtures {

    private BuddyFixtures() {}

    /** A coordinator with the demo password, working for a new initiative; returns the e-mail address. */
    static String coordinatorOfNewInitiative(JdbcTemplate jdbc) {
        var organisation = UUID.randomUUID();
        jdbc.update(
                "insert into organisation (id, municipality_code, name, created_at) values (?, 'GM0193', ?, now())",
                organisation,
                "Maatjesproject " + organisation);
        var email = "coordinator-" + UUID.randomUUID() + "@omkijken.test";
        var account = UUID.randomUUID();
        jdbc.update(
                "insert into account (id, municipality_code, email, display_name, password_hash, enabled, demo,"
                        + " created_at) select ?, municipality_code, ?, 'Coördinator Test', password_hash, true, false,"
                        + " now() from account where email = 'coordinator@omkijken.test'",
                account,
                email);
        jdbc.update("insert into account_role (account_id, role) values (?, 'COORDINATOR')", account);
        jdbc.update(
                "insert into account_membership (account_id, organisation_id) values (?, ?)", account, organisation);
        return email;
    }
}
