package nl.omkijken.finder;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Transient;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;
import nl.omkijken.catalog.HowToJoin;
import nl.omkijken.catalog.Occurrence;
import nl.omkijken.catalog.PublicOffering;
import nl.omkijken.catalog.TermOption;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.bridge.builtin.annotation.GeoPointBinding;
import org.hibernate.search.mapper.pojo.bridge.builtin.annotation.Latitude;
import org.hibernate.search.mapper.pojo.bridge.builtin.annotation.Longitude;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;
import org.hibernate.type.SqlTypes;

/**
 * One public offering as the search sees it: the text to search in, the values to filter and count on, and what a
 * result line shows. Made from the catalog's public view and replaced whole on every change.
 */
@Entity
@Indexed(index = "offering")
@GeoPointBinding(fieldName = "position", sortable = Sortable.YES, projectable = Projectable.YES)
class SearchEntry {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final long QUARTER_SECONDS = 15 * 60;

    static final int MAPPING_VERSION = 4;

    @Id
    private UUID id;

    @FullTextField(analyzer = DutchAnalysis.DUTCH, projectable = Projectable.YES)
    @FullTextField(
            name = "title_prefix",
            analyzer = DutchAnalysis.PREFIX_INDEX,
            searchAnalyzer = DutchAnalysis.PREFIX_QUERY)
    @KeywordField(name = "title_sort", normalizer = DutchAnalysis.SORT, sortable = Sortable.YES)
    private String title;

    @FullTextField(analyzer = DutchAnalysis.DUTCH, projectable = Projectable.YES)
    private String summary;

    @FullTextField(analyzer = DutchAnalysis.DUTCH)
    private String body;

    /** The provider, the themes and target groups in words, and the places with their buurt and wijk. */
    @FullTextField(analyzer = DutchAnalysis.DUTCH)
    private String context;

    @KeywordField(projectable = Projectable.YES)
    private String kind;

    @KeywordField
    @JdbcTypeCode(SqlTypes.ARRAY)
    private List<String> themes;

    @KeywordField
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "target_groups")
    private List<String> targetGroups;

    @KeywordField
    @JdbcTypeCode(SqlTypes.ARRAY)
    private List<String> districts;

    @KeywordField
    @JdbcTypeCode(SqlTypes.ARRAY)
    private List<String> neighbourhoods;

    @KeywordField
    @JdbcTypeCode(SqlTypes.ARRAY)
    private List<String> weekdays;

    @KeywordField
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "parts_of_day")
    private List<String> partsOfDay;

    @KeywordField
    @JdbcTypeCode(SqlTypes.ARRAY)
    private List<String> languages;

    @GenericField(projectable = Projectable.YES)
    private boolean free;

    @GenericField
    private boolean wheelchair;

    @GenericField
    @Column(name = "walk_in")
    private boolean walkIn;

    @GenericField(projectable = Projectable.YES, searchable = Searchable.NO)
    private boolean stale;

    @GenericField(projectable = Projectable.YES, searchable = Searchable.NO)
    @Column(name = "temporarily_closed")
    private boolean temporarilyClosed;

    @GenericField(sortable = Sortable.YES, projectable = Projectable.YES)
    @Column(name = "next_start")
    private Instant nextStart;

    /** When it takes place in the coming weeks; the agenda asks the index for these. */
    @GenericField(projectable = Projectable.YES)
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "occurrence_starts")
    private List<Instant> occurrenceStarts;

    @GenericField(projectable = Projectable.YES, searchable = Searchable.NO)
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "occurrence_ends")
    private List<Instant> occurrenceEnds;

    /** The first place, for the map and for distance; null when the offering names no place. */
    @Latitude
    private Double latitude;

    @Longitude
    private Double longitude;

    @GenericField(projectable = Projectable.YES, searchable = Searchable.NO)
    @Column(name = "provider_name")
    private String providerName;

    @GenericField(projectable = Projectable.YES, searchable = Searchable.NO)
    @Column(name = "place_label")
    private String placeLabel;

    @Column(name = "updated_at")
    private Instant updatedAt;

    /** Every place with coordinates, in the catalog's order, for one marker each on the map. */
    @GenericField(projectable = Projectable.YES, searchable = Searchable.NO)
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "place_latitudes")
    private List<Double> placeLatitudes;

    @GenericField(projectable = Projectable.YES, searchable = Searchable.NO)
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "place_longitudes")
    private List<Double> placeLongitudes;

    @GenericField(projectable = Projectable.YES, searchable = Searchable.NO)
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "place_names")
    private List<String> placeNames;

    protected SearchEntry() {}

    SearchEntry(PublicOffering offering) {
        this.id = offering.id();
        replaceWith(offering);
    }

    void replaceWith(PublicOffering offering) {
        title = offering.title();
        summary = offering.summary();
        body = offering.description() == null ? "" : offering.description();
        context = String.join(
                " ",
                Stream.of(
                                Stream.of(offering.providerName()),
                                offering.themes().stream().map(TermOption::label),
                                offering.targetGroups().stream().map(TermOption::label),
                                offering.places().stream()
                                        .flatMap(p -> Stream.of(
                                                p.name(), p.streetAddress(), p.neighbourhoodName(), p.districtName())))
                        .flatMap(s -> s)
                        .filter(Objects::nonNull)
                        .toList());
        kind = offering.kind().name();
        themes = codes(offering.themes());
        targetGroups = codes(offering.targetGroups());
        districts = distinct(offering.places().stream().map(PublicOffering.Place::districtCode));
        neighbourhoods = distinct(offering.places().stream().map(PublicOffering.Place::neighbourhoodCode));
        weekdays = distinct(offering.nextDates().stream().map(SearchEntry::weekday));
        partsOfDay = distinct(
                offering.nextDates().stream().map(o -> PartOfDay.of(o.start()).name()));
        languages = distinct(offering.languages().stream());
        free = offering.free();
        wheelchair = !offering.places().isEmpty()
                && offering.places().stream().allMatch(PublicOffering.Place::wheelchairAccessible);
        walkIn = offering.howToJoin() == HowToJoin.WALK_IN;
        stale = offering.stale();
        temporarilyClosed = offering.temporarilyClosed();
        nextStart = offering.nextDates().isEmpty()
                ? null
                : offering.nextDates().get(0).start().toInstant();
        occurrenceStarts = new ArrayList<>(
                offering.coming().stream().map(o -> o.start().toInstant()).toList());
        occurrenceEnds = new ArrayList<>(
                offering.coming().stream().map(o -> o.end().toInstant()).toList());
        latitude = offering.places().isEmpty() ? null : offering.places().get(0).latitude();
        longitude =
                offering.places().isEmpty() ? null : offering.places().get(0).longitude();
        var located = offering.places();
        placeLatitudes = new ArrayList<>(
                located.stream().map(PublicOffering.Place::latitude).toList());
        placeLongitudes = new ArrayList<>(
                located.stream().map(PublicOffering.Place::longitude).toList());
        placeNames = new ArrayList<>(located.stream()
                .map(p -> p.name() + ", " + p.neighbourhoodName())
                .toList());
        providerName = offering.providerName();
        placeLabel = placeLabel(offering.places());
        updatedAt = offering.updatedAt();
    }

    private static String weekday(Occurrence occurrence) {
        return occurrence.start().withZoneSameInstant(AMSTERDAM).getDayOfWeek().name();
    }

    private static List<String> codes(Collection<TermOption> terms) {
        return terms.stream().map(TermOption::code).toList();
    }

    private static List<String> distinct(Stream<String> values) {
        return new ArrayList<>(
                values.filter(Objects::nonNull).distinct().sorted().toList());
    }

    private static String placeLabel(List<PublicOffering.Place> places) {
        if (places.isEmpty()) {
            return "";
        }
        var first = places.get(0);
        var label = first.name() + ", " + first.neighbourhoodName();
        return places.size() == 1 ? label : label + " (+" + (places.size() - 1) + ")";
    }

    /**
     * The quarter hours in which it takes place in the coming weeks, counted from 1970, for "open now": the quarter
     * hour of this moment is among them.
     */
    @GenericField(name = "openQuarters")
    @IndexingDependency(
            derivedFrom = {
                @ObjectPath(@PropertyValue(propertyName = "occurrenceStarts")),
                @ObjectPath(@PropertyValue(propertyName = "occurrenceEnds"))
            })
    @Transient
    public List<Long> getOpenQuarters() {
        var quarters = new ArrayList<Long>();
        for (var i = 0; i < occurrenceStarts.size(); i++) {
            var last = quarter(occurrenceEnds.get(i).minusMillis(1));
            for (var q = quarter(occurrenceStarts.get(i)); q <= last; q++) {
                quarters.add(q);
            }
        }
        return quarters;
    }

    /**
     * Every filter value of this offering in one field, as "field=value" (booleans only when true), so that one pass
     * over the results counts the values of all filters; eleven separate counts cost a third of a search.
     */
    @KeywordField(name = FACETS, aggregable = Aggregable.YES)
    @IndexingDependency(
            derivedFrom = {
                @ObjectPath(@PropertyValue(propertyName = "kind")),
                @ObjectPath(@PropertyValue(propertyName = "themes")),
                @ObjectPath(@PropertyValue(propertyName = "targetGroups")),
                @ObjectPath(@PropertyValue(propertyName = "districts")),
                @ObjectPath(@PropertyValue(propertyName = "neighbourhoods")),
                @ObjectPath(@PropertyValue(propertyName = "weekdays")),
                @ObjectPath(@PropertyValue(propertyName = "partsOfDay")),
                @ObjectPath(@PropertyValue(propertyName = "languages")),
                @ObjectPath(@PropertyValue(propertyName = "free")),
                @ObjectPath(@PropertyValue(propertyName = "wheelchair")),
                @ObjectPath(@PropertyValue(propertyName = "walkIn"))
            })
    @Transient
    public List<String> getFacets() {
        var facets = new ArrayList<String>();
        facets.add(facet("kind", kind));
        themes.forEach(v -> facets.add(facet("themes", v)));
        targetGroups.forEach(v -> facets.add(facet("targetGroups", v)));
        districts.forEach(v -> facets.add(facet("districts", v)));
        neighbourhoods.forEach(v -> facets.add(facet("neighbourhoods", v)));
        weekdays.forEach(v -> facets.add(facet("weekdays", v)));
        partsOfDay.forEach(v -> facets.add(facet("partsOfDay", v)));
        languages.forEach(v -> facets.add(facet("languages", v)));
        if (free) {
            facets.add(facet("free", true));
        }
        if (wheelchair) {
            facets.add(facet("wheelchair", true));
        }
        if (walkIn) {
            facets.add(facet("walkIn", true));
        }
        return facets;
    }

    static final String FACETS = "facets";

    static String facet(String field, Object value) {
        return field + "=" + value;
    }

    static long quarter(Instant instant) {
        return Math.floorDiv(instant.getEpochSecond(), QUARTER_SECONDS);
    }

    /** Raised whenever the mapping changes, so that an index written by an older version is made again at start. */
    @GenericField(name = "mappingVersion")
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
    @Transient
    public int getMappingVersion() {
        return MAPPING_VERSION;
    }

    UUID id() {
        return id;
    }

    /** Which part of the day something starts in, as residents say it. */
    enum PartOfDay {
        MORNING,
        AFTERNOON,
        EVENING;

        static PartOfDay of(java.time.ZonedDateTime start) {
            var hour = start.withZoneSameInstant(AMSTERDAM).getHour();
            return hour < 12 ? MORNING : hour < 18 ? AFTERNOON : EVENING;
        }

        String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
