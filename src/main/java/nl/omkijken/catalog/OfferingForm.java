package nl.omkijken.catalog;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.springframework.validation.Errors;

/**
 * The offering form as a provider fills it in; checked on the server, with a Dutch message beside each field. The
 * CSV import fills in the same form for every row, so a row obeys the same rules.
 */
public record OfferingForm(
        @NotBlank @Size(max = 120) String title,
        @NotBlank @Size(max = 300) String summary,
        @Size(max = 4000) String description,
        @NotNull Kind kind,
        @NotEmpty Set<UUID> themeIds,
        @NotEmpty Set<UUID> targetGroupIds,
        @NotEmpty Set<Ambition> ambitions,
        Set<@Pattern(regexp = "[a-z]{2}") String> languages,
        Boolean free,

        @Pattern(regexp = "^$|^\\d{1,4}([.,]\\d{1,2})?$", message = "{offering.costAmount.format}")
        String costAmount,

        @Size(max = 300) String costExplanation,
        @Min(0) @Max(120) Integer minAge,
        @Min(0) @Max(120) Integer maxAge,
        @NotNull HowToJoin howToJoin,
        @Size(max = 100) String contactName,
        @Email @Size(max = 254) String contactEmail,
        @Pattern(regexp = "^$|^[+0-9 ()-]{10,20}$") String contactPhone,
        Set<UUID> locationIds,
        Long version) {

    public OfferingForm {
        // An unticked box arrives as nothing at all when the page's field marker is missing.
        free = Boolean.TRUE.equals(free);
    }

    static final Set<String> LANGUAGES = Set.of("nl", "en", "ar", "tr", "uk", "pl", "de", "fr", "so", "ti");

    static OfferingForm empty() {
        return new OfferingForm(
                "",
                "",
                "",
                null,
                Set.of(),
                Set.of(),
                Set.of(),
                Set.of("nl"),
                true,
                null,
                "",
                null,
                null,
                null,
                "",
                "",
                "",
                Set.of(),
                0L);
    }

    static OfferingForm of(OfferingDetails details, long version, Set<UUID> themeIds) {
        var targetGroups = new HashSet<>(details.termIds());
        targetGroups.removeAll(themeIds);
        var themes = new HashSet<>(details.termIds());
        themes.retainAll(themeIds);
        return new OfferingForm(
                details.title(),
                details.summary(),
                details.description(),
                details.kind(),
                themes,
                targetGroups,
                details.ambitions(),
                details.languages(),
                details.free(),
                details.costAmount() == null ? "" : details.costAmount().toPlainString(),
                details.costExplanation(),
                details.minAge(),
                details.maxAge(),
                details.howToJoin(),
                details.contactName(),
                details.contactEmail(),
                details.contactPhone(),
                details.locationIds(),
                version);
    }

    long versionOrZero() {
        return version == null ? 0 : version;
    }

    /** The checks that span fields. */
    public void validate(Errors errors) {
        if (!free && (costAmount == null || costAmount.isBlank())) {
            errors.rejectValue("costAmount", "offering.cost.required");
        }
        if (minAge != null && maxAge != null && minAge > maxAge) {
            errors.rejectValue("maxAge", "offering.age.order");
        }
        if (languages != null && !LANGUAGES.containsAll(languages)) {
            errors.rejectValue("languages", "offering.languages.unknown");
        }
    }

    OfferingDetails details() {
        var terms = new HashSet<UUID>(themeIds);
        terms.addAll(targetGroupIds);
        return new OfferingDetails(
                title.strip(),
                summary.strip(),
                description == null ? "" : description.strip(),
                kind,
                terms,
                ambitions,
                languages == null ? Set.of() : languages,
                free,
                free || costAmount == null || costAmount.isBlank()
                        ? null
                        : new BigDecimal(costAmount.strip().replace(',', '.')),
                costExplanation == null ? "" : costExplanation.strip(),
                minAge,
                maxAge,
                howToJoin,
                contactName == null ? "" : contactName.strip(),
                blankToNull(contactEmail),
                blankToNull(contactPhone),
                locationIds == null ? Set.of() : locationIds);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
