package nl.omkijken.catalog;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OfferingRepository extends JpaRepository<Offering, UUID> {

    List<Offering> findByProviderIdOrderByTitle(UUID providerId);

    List<Offering> findByMunicipalityCodeAndReviewStateOrderByUpdatedAt(String municipalityCode, ReviewState state);

    long countByMunicipalityCode(String municipalityCode);

    /**
     * Offerings that share their kind and title, ignoring case, spaces and punctuation, with at least one other
     * offering that is not withdrawn: likely the same thing entered twice. At most 200 such titles.
     */
    @Query(
            value = "select o.id from offering o join ("
                    + " select kind, lower(regexp_replace(title, '[^[:alnum:]]', '', 'g')) as norm from offering"
                    + " where municipality_code = :municipality and review_state <> 'WITHDRAWN'"
                    + " group by kind, norm having count(*) > 1 limit 200) d"
                    + " on d.kind = o.kind and d.norm = lower(regexp_replace(o.title, '[^[:alnum:]]', '', 'g'))"
                    + " where o.municipality_code = :municipality and o.review_state <> 'WITHDRAWN'",
            nativeQuery = true)
    List<UUID> likelyDuplicates(String municipality);

    /** Published offerings confirmed on or before {@code confirmedBy} and not reminded since {@code remindedBy}. */
    @Query("select o from Offering o where o.municipalityCode = :municipality"
            + " and o.reviewState = nl.omkijken.catalog.ReviewState.PUBLISHED"
            + " and o.lastConfirmedOn <= :confirmedBy"
            + " and (o.lastRemindedAt is null or o.lastRemindedAt <= :remindedBy)"
            + " order by o.lastConfirmedOn")
    List<Offering> dueForReminder(String municipality, LocalDate confirmedBy, Instant remindedBy, Pageable page);

    /** Published, not inactive, and confirmed after {@code confirmedAfter}: what the public may see. */
    @Query("select o.id from Offering o where o.reviewState = nl.omkijken.catalog.ReviewState.PUBLISHED"
            + " and o.status <> nl.omkijken.catalog.OfferingStatus.INACTIVE"
            + " and o.lastConfirmedOn > :confirmedAfter order by o.id")
    List<UUID> publicIds(LocalDate confirmedAfter);

    @Query(value = "select offering_id from offering_location where location_id = :locationId", nativeQuery = true)
    List<UUID> findIdsAtLocation(UUID locationId);

    /**
     * The public offerings that match the HSDS API's filters, by title. A null filter matches everything; the term
     * may be a theme or target group, or a kind, ambition or way to join (given as its code).
     */
    @Query(
            value = "select o.id from offering o where o.review_state = 'PUBLISHED' and o.status <> 'INACTIVE'"
                    + " and o.last_confirmed_on > :confirmedAfter"
                    + " and (cast(:provider as uuid) is null or o.provider_id = cast(:provider as uuid))"
                    + " and (cast(:modifiedAfter as timestamptz) is null"
                    + "      or o.updated_at > cast(:modifiedAfter as timestamptz))"
                    + " and (cast(:term as uuid) is null or exists (select 1 from offering_term t"
                    + "      where t.offering_id = o.id and t.term_id = cast(:term as uuid)))"
                    + " and (cast(:kind as varchar) is null or o.kind = cast(:kind as varchar))"
                    + " and (cast(:ambition as varchar) is null or exists (select 1 from offering_ambition a"
                    + "      where a.offering_id = o.id and a.ambition = cast(:ambition as varchar)))"
                    + " and (cast(:howToJoin as varchar) is null or o.how_to_join = cast(:howToJoin as varchar))"
                    + " order by o.title, o.id",
            nativeQuery = true)
    List<UUID> publicIdsMatching(
            LocalDate confirmedAfter,
            UUID provider,
            Instant modifiedAfter,
            UUID term,
            String kind,
            String ambition,
            String howToJoin);

    /** The providers with at least one public offering, by name. */
    @Query(
            value = "select p.id from provider p where exists (select 1 from offering o where o.provider_id = p.id"
                    + " and o.review_state = 'PUBLISHED' and o.status <> 'INACTIVE'"
                    + " and o.last_confirmed_on > :confirmedAfter) order by p.name, p.id",
            nativeQuery = true)
    List<UUID> publicProviderIds(LocalDate confirmedAfter);

    /** Every (offering id, location id) pair of a public offering, by location name. */
    @Query(
            value = "select ol.offering_id, ol.location_id from offering_location ol"
                    + " join offering o on o.id = ol.offering_id join location l on l.id = ol.location_id"
                    + " where o.review_state = 'PUBLISHED' and o.status <> 'INACTIVE'"
                    + " and o.last_confirmed_on > :confirmedAfter order by l.name, l.id",
            nativeQuery = true)
    List<Object[]> publicPlaces(LocalDate confirmedAfter);
}
