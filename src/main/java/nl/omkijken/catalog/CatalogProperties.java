package nl.omkijken.catalog;

import java.time.Duration;
import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the catalog keeps itself fresh.
 *
 * @param remindAfter a published offering not confirmed for this long makes its provider get a reminder
 * @param remindEvery reminders repeat this often until someone confirms or edits
 * @param staleAfter from here on residents see "not recently confirmed"
 * @param hideAfter from here on the offering is hidden from the public; it is never deleted
 * @param linkValidity how long a "still correct" link in a reminder works
 */
@ConfigurationProperties("omkijken.catalog")
public record CatalogProperties(
        @DefaultValue("90d") Period remindAfter,
        @DefaultValue("14d") Duration remindEvery,
        @DefaultValue("180d") Period staleAfter,
        @DefaultValue("270d") Period hideAfter,
        @DefaultValue("30d") Duration linkValidity) {}
