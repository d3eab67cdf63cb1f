package nl.omkijken.help;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OutcomeQuestionRepository extends JpaRepository<OutcomeQuestion, UUID> {

    List<OutcomeQuestion> findBySentAtIsNullAndDueAtLessThanEqual(Instant now);

    Optional<OutcomeQuestion> findByToken(String token);

    /** The answers per wijk given in the period, for one category or all ({@code null}). */
    @Query("select q.districtCode as districtCode, q.answer as answer, count(q) as count from OutcomeQuestion q"
            + " where q.municipalityCode = :municipality and q.answeredAt >= :from and q.answeredAt < :to"
            + " and (:category is null or q.category = :category) group by q.districtCode, q.answer")
    List<Count> answers(String municipality, Instant from, Instant to, HelpCategory category);

    interface Count {
        String getDistrictCode();

        Outcome getAnswer();

        long getCount();
    }
}
