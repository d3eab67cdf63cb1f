package nl.omkijken.catalog;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import nl.omkijken.area.Areas;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** The municipality's themes and target groups, in the reader's language. */
@Service
@Transactional(readOnly = true)
public class Taxonomy {

    private final TaxonomyTermRepository terms;
    private final Areas areas;
    private final Map<String, List<TermOption>> options = new ConcurrentHashMap<>();

    Taxonomy(TaxonomyTermRepository terms, Areas areas) {
        this.terms = terms;
        this.areas = areas;
    }

    /**
     * The active terms of one vocabulary, in their order, labelled in the reader's language. Kept once read, since
     * every search page shows them, until an editor changes a term.
     */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public List<TermOption> options(Vocabulary vocabulary, Locale locale) {
        var key = vocabulary + "/" + locale.getLanguage();
        var known = options.get(key);
        if (known != null) {
            return known;
        }
        var read = all().stream()
                .filter(t -> t.vocabulary() == vocabulary && t.active())
                .map(t -> new TermOption(t.id(), t.code(), t.label(locale)))
                .toList();
        // The standard terms are loaded just after start; until then there is nothing worth keeping.
        if (!read.isEmpty()) {
            options.put(key, read);
        }
        return read;
    }

    /** Forgets the kept options once the change is committed, so the next page reads the terms again. */
    private void forgetAfterCommit() {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                options.clear();
            }
        });
    }

    Set<UUID> ids(Vocabulary vocabulary) {
        return all().stream()
                .filter(t -> t.vocabulary() == vocabulary)
                .map(TaxonomyTerm::id)
                .collect(Collectors.toSet());
    }

    /** Every term, active or retired, for the editors' page. */
    List<TermRow> rows() {
        return all().stream()
                .map(t -> new TermRow(t.id(), t.vocabulary(), t.code(), t.labelNl(), t.labelEn(), t.active()))
                .toList();
    }

    record TermRow(UUID id, Vocabulary vocabulary, String code, String labelNl, String labelEn, boolean active) {}

    /** Adds a term; false when the code is taken in that list, since codes are never reused. */
    @Transactional
    boolean add(Vocabulary vocabulary, String code, String labelNl, String labelEn) {
        var existing = all();
        if (existing.stream()
                .anyMatch(t -> t.vocabulary() == vocabulary && t.code().equals(code))) {
            return false;
        }
        var position = existing.stream().mapToInt(TaxonomyTerm::position).max().orElse(0) + 1;
        terms.save(new TaxonomyTerm(
                areas.municipality().code(), vocabulary, code, labelNl.strip(), labelEn.strip(), position));
        forgetAfterCommit();
        return true;
    }

    @Transactional
    void relabel(UUID id, String labelNl, String labelEn) {
        own(id).relabel(labelNl, labelEn);
        forgetAfterCommit();
    }

    @Transactional
    void setActive(UUID id, boolean active) {
        var term = own(id);
        if (active) {
            term.restore();
        } else {
            term.retire();
        }
        forgetAfterCommit();
    }

    private TaxonomyTerm own(UUID id) {
        return terms.findById(id).filter(t -> all().contains(t)).orElseThrow(OfferingEditing.NotFound::new);
    }

    private List<TaxonomyTerm> all() {
        return terms.findByMunicipalityCodeOrderByVocabularyAscPositionAsc(
                areas.municipality().code());
    }
}
