package nl.omkijken.finder;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.omkijken.catalog.FormError;
import nl.omkijken.identity.AccountSummary;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Editors add, change and delete synonyms. Each change is saved with a line of history in one transaction, and the
 * search uses it as soon as it is committed: no kept search page shows the old words.
 */
@Service
class SynonymEditing {

    private static final FormError TAKEN = new FormError("word", "synonyms.word.taken");

    private static final String ROWS = "select s.id, s.term, s.alternatives, c.changed_by, c.changed_at"
            + " from search_synonym s left join lateral (select changed_by, changed_at from search_synonym_change"
            + " where synonym_id = s.id order by changed_at desc limit 1) c on true";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final Synonyms synonyms;
    private final SearchPageCache pages;
    private final Clock clock;

    SynonymEditing(
            JdbcTemplate jdbc,
            TransactionTemplate transactions,
            Synonyms synonyms,
            SearchPageCache pages,
            Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.synonyms = synonyms;
        this.pages = pages;
        this.clock = clock;
    }

    /** One word in the list, with who changed it last; both null for a word that came with the application. */
    record Row(UUID id, String word, List<String> alternatives, String changedBy, Instant changedAt) {}

    /** One line of history: an action (ADDED, CHANGED, DELETED), and the word as it was left. */
    record Change(Instant changedAt, String changedBy, String action, String word, List<String> alternatives) {}

    List<Row> rows() {
        return jdbc.query(ROWS + " order by s.term_key", SynonymEditing::row);
    }

    Optional<Row> find(UUID id) {
        return jdbc.query(ROWS + " where s.id = ?", SynonymEditing::row, id).stream()
                .findFirst();
    }

    /** The word with this key (see {@link Synonyms#normalise}), if the list has it. */
    Optional<UUID> idOf(String word) {
        return jdbc
                .query(
                        "select id from search_synonym where term_key = ?",
                        (rs, i) -> rs.getObject(1, UUID.class),
                        Synonyms.normalise(word))
                .stream()
                .findFirst();
    }

    List<Change> recentChanges(int max) {
        return jdbc.query(
                "select changed_at, changed_by, action, term, alternatives from search_synonym_change"
                        + " order by changed_at desc limit ?",
                (rs, i) -> new Change(
                        rs.getTimestamp(1).toInstant(),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        Synonyms.split(rs.getString(5))),
                max);
    }

    /** Adds the word, or says why not: it is already in the list. */
    Optional<FormError> add(AccountSummary editor, SynonymForm form) {
        if (idOf(form.word()).isPresent()) {
            return Optional.of(TAKEN);
        }
        var id = UUID.randomUUID();
        return save(() -> {
            jdbc.update(
                    "insert into search_synonym (id, term, term_key, alternatives) values (?, ?, ?, ?)",
                    id,
                    form.word(),
                    Synonyms.normalise(form.word()),
                    String.join(",", form.alternativeList()));
            record(editor, id, "ADDED", form.word(), form.alternativeList());
        });
    }

    /**
     * Changes the word and its alternatives, or says why not: the new word is another one in the list.
     *
     * @return empty also when the word is gone; the caller checks that it exists
     */
    Optional<FormError> change(AccountSummary editor, UUID id, SynonymForm form) {
        if (idOf(form.word()).filter(other -> !other.equals(id)).isPresent()) {
            return Optional.of(TAKEN);
        }
        return save(() -> {
            var changed = jdbc.update(
                    "update search_synonym set term = ?, term_key = ?, alternatives = ? where id = ?",
                    form.word(),
                    Synonyms.normalise(form.word()),
                    String.join(",", form.alternativeList()),
                    id);
            if (changed == 1) {
                record(editor, id, "CHANGED", form.word(), form.alternativeList());
            }
        });
    }

    /** Deletes the word; false when it was not (or no longer) in the list. */
    boolean delete(AccountSummary editor, UUID id) {
        var deleted = transactions.execute(status -> {
            var gone = jdbc.query(
                    "delete from search_synonym where id = ? returning term, alternatives",
                    (rs, i) -> new SynonymForm(rs.getString(1), rs.getString(2)),
                    id);
            gone.forEach(was -> record(editor, id, "DELETED", was.word(), was.alternativeList()));
            return !gone.isEmpty();
        });
        applied();
        return Boolean.TRUE.equals(deleted);
    }

    /** Two editors saving the same new word at once: the database's unique key decides, and one hears it is taken. */
    private Optional<FormError> save(Runnable write) {
        try {
            transactions.executeWithoutResult(status -> write.run());
        } catch (DuplicateKeyException e) {
            return Optional.of(TAKEN);
        }
        applied();
        return Optional.empty();
    }

    private void applied() {
        synonyms.reload();
        pages.clear();
    }

    private void record(AccountSummary editor, UUID synonymId, String action, String word, List<String> alternatives) {
        jdbc.update(
                "insert into search_synonym_change"
                        + " (id, synonym_id, action, term, alternatives, changed_by, changed_at)"
                        + " values (?, ?, ?, ?, ?, ?, ?)",
                UUID.randomUUID(),
                synonymId,
                action,
                word,
                String.join(",", alternatives),
                editor.email(),
                Timestamp.from(clock.instant()));
    }

    private static Row row(ResultSet rs, int i) throws SQLException {
        var changedAt = rs.getTimestamp(5);
        return new Row(
                rs.getObject(1, UUID.class),
                rs.getString(2),
                Synonyms.split(rs.getString(3)),
                rs.getString(4),
                changedAt == null ? null : changedAt.toInstant());
    }
}
