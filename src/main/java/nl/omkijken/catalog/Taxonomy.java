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

    private List<TaxonomyTerm> all() {
        return terms.findByMunicipalityCodeOrderByVocabularyAscPositionAsc(
                areas.municipality().code());
    }
}
