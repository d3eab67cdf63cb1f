package nl.omkijken.help;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface PostReportRepository extends JpaRepository<PostReport, UUID> {

    List<PostReport> findByMunicipalityCodeAndHandledAtIsNullOrderByCreatedAt(String municipalityCode);

    List<PostReport> findByPostIdAndHandledAtIsNull(UUID postId);

    long deleteByPostId(UUID postId);
}
