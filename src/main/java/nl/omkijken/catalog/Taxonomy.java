package nl.omkijken.catalog;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.omkijken.area.Areas;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The municipality's themes and target groups, in the reader's language. */
@Service
@Transactional(readOnly = true)
public class Taxonomy {

    private final TaxonomyTermRepository terms;
    private final Areas areas;

    Taxonomy(TaxonomyTermRepository terms, Areas areas) {
        this.terms = terms;
        this.areas = areas;
    }

    /** The active terms of one vocabulary, in their order, labelled in the reader's language. */
    public List<TermOption> options(Vocabulary vocabulary, Locale locale) {
        return all().stream()
                .filter(t -> t.vocabulary() == vocabulary && t.active())
                .map(t -> new TermOption(t.id(), t.code(), t.label(locale)))
                .toList();
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
        return true;
    }

    @Transactional
    void relabel(UUID id, String labelNl, String labelEn) {
        own(id).relabel(labelNl, labelEn);
    }

    @Transactional
    void setActive(UUID id, boolean active) {
        var term = own(id);
        if (active) {
            term.restore();
        } else {
            term.retire();
        }
    }

    private TaxonomyTerm own(UUID id) {
        return terms.findById(id).filter(t -> all().contains(t)).orElseThrow(OfferingEditing.NotFound::new);
    }

    private List<TaxonomyTerm> all() {
        return terms.findByMunicipalityCodeOrderByVocabularyAscPositionAsc(
                areas.municipality().code());
    }
}
