package nl.omkijken.catalog;

import java.time.LocalDate;

/** How recently a provider said an offering is still right, and what follows from that. */
enum Freshness {
    /** Confirmed recently. */
    FRESH,
    /** Due for confirmation: the provider is reminded. */
    DUE,
    /** Residents see a "not recently confirmed" notice. */
    STALE,
    /** Hidden from the public until someone confirms it; never deleted. */
    HIDDEN;

    static Freshness of(LocalDate lastConfirmedOn, LocalDate today, CatalogProperties settings) {
        if (lastConfirmedOn == null) {
            return HIDDEN;
        }
        if (!today.isBefore(lastConfirmedOn.plus(settings.hideAfter()))) {
            return HIDDEN;
        }
        if (!today.isBefore(lastConfirmedOn.plus(settings.staleAfter()))) {
            return STALE;
        }
        return today.isBefore(lastConfirmedOn.plus(settings.remindAfter())) ? FRESH : DUE;
    }

    String messageKey() {
        return "freshness." + name();
    }
}
