package nl.omkijken.catalog;

import java.math.BigDecimal;
import java.util.Set;
import java.util.UUID;

/**
 * The content of an offering as a provider writes it. Plain text: line breaks and links, never HTML.
 *
 * @param termIds its themes and target groups
 * @param costAmount the price in euros, null when {@code free}
 * @param languages ISO 639-1 codes of the languages spoken, e.g. nl, en, ar
 */
record OfferingDetails(
        String title,
        String summary,
        String description,
        Kind kind,
        Set<UUID> termIds,
        Set<Ambition> ambitions,
        Set<String> languages,
        boolean free,
        BigDecimal costAmount,
        String costExplanation,
        Integer minAge,
        Integer maxAge,
        HowToJoin howToJoin,
        String contactName,
        String contactEmail,
        String contactPhone,
        Set<UUID> locationIds) {

    OfferingDetails {
        termIds = Set.copyOf(termIds);
        ambitions = Set.copyOf(ambitions);
        languages = Set.copyOf(languages);
        locationIds = Set.copyOf(locationIds);
    }
}
