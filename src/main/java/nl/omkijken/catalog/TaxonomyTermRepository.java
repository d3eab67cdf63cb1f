package nl.omkijken.catalog;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface TaxonomyTermRepository extends JpaRepository<TaxonomyTerm, UUID> {

    List<TaxonomyTerm> findByMunicipalityCodeOrderByVocabularyAscPositionAsc(String municipalityCode);

    boolean existsByMunicipalityCode(String municipalityCode);
}
