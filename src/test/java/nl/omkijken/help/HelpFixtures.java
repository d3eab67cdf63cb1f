package nl.omkijken.help;

import java.time.Instant;
import java.util.Set;
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

    /** A published walking request in Pierik by the account with this e-mail, its text made unique. */
    static UUID published(JdbcTemplate jdbc, HelpPostRepository posts, String email) {
        var content = new PostContent(
                HelpCategory.WALKING,
                Frequency.WEEKLY,
                "Trineke",
                null,
                "Wie wil er met mij wandelen langs de Vecht? " + UUID.randomUUID(),
                PIERIK,
                "WK019313",
                Set.of());
        var post = HelpPost.byResident("GM0193", PostKind.REQUEST, content, accountId(jdbc, email), Instant.now());
        post.approve(null, Instant.now());
        posts.save(post);
        return post.id();
    }

    static UUID accountId(JdbcTemplate jdbc, String email) {
        return jdbc.queryForObject("select id from account where email = ?", UUID.class, email);
    }
}
