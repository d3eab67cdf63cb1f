package nl.omkijken.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import nl.omkijken.IntegrationTest;
import nl.omkijken.identity.PersonalDataViewed;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Every view is kept, even from a read-only screen, or the view fails; lines past the keeping period go. */
@IntegrationTest
class AccessRecorderTests {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    AccessLogRetention retention;

    @Test
    void aViewInAReadOnlyTransactionIsStillKept() {
        var subject = UUID.randomUUID();
        var staff = accountId("redactie@omkijken.test");
        readOnly()
                .executeWithoutResult(status -> events.publishEvent(
                        new PersonalDataViewed(staff, "help-post", subject, "report", Instant.now())));

        assertThat(linesAbout(subject)).isEqualTo(1);
    }

    @Test
    void aViewThatCannotBeLoggedFailsInsteadOfPassingUnlogged() {
        var subject = UUID.randomUUID();
        var staff = accountId("redactie@omkijken.test");

        assertThatThrownBy(() -> readOnly()
                        .executeWithoutResult(status -> events.publishEvent(
                                new PersonalDataViewed(staff, "help-post", subject, " ", Instant.now()))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> events.publishEvent(
                        new PersonalDataViewed(staff, "help-post", subject, "x".repeat(201), Instant.now())))
                .isInstanceOf(RuntimeException.class);
        assertThat(linesAbout(subject)).isZero();
    }

    @Test
    void theNightlyRunDeletesLinesOlderThanTheKeepingPeriodAndKeepsNewerOnes() {
        var old = UUID.randomUUID();
        var recent = UUID.randomUUID();
        insertLine(old, Instant.now().minus(Duration.ofDays(731)));
        insertLine(recent, Instant.now().minus(Duration.ofDays(729)));

        assertThat(retention.deleteOld()).isGreaterThanOrEqualTo(1);

        assertThat(linesAbout(old)).isZero();
        assertThat(linesAbout(recent)).isEqualTo(1);
    }

    private void insertLine(UUID subject, Instant viewedAt) {
        jdbc.update(
                "insert into access_log (id, municipality_code, staff_account_id, subject_type, subject_id, purpose,"
                        + " viewed_at) values (?, 'GM0193', ?, 'help-post', ?, 'moderation', ?)",
                UUID.randomUUID(),
                accountId("redactie@omkijken.test"),
                subject,
                Timestamp.from(viewedAt));
    }

    private TransactionTemplate readOnly() {
        var template = new TransactionTemplate(transactions);
        template.setReadOnly(true);
        return template;
    }

    private int linesAbout(UUID subject) {
        return jdbc.queryForObject("select count(*) from access_log where subject_id = ?", Integer.class, subject);
    }

    private UUID accountId(String email) {
        return jdbc.queryForObject("select id from account where email = ?", UUID.class, email);
    }
}
