package nl.omkijken.catalog;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import nl.omkijken.area.Areas;
import nl.omkijken.identity.AccountSummary;
import nl.omkijken.identity.Role;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * What provider staff and editors do with offerings. Staff reach only the providers they work for; editors reach
 * all. Every change of content is written to the offering's history.
 */
@Service
@Transactional
public class OfferingEditing {

    private final OfferingRepository offerings;
    private final ProviderRepository providers;
    private final OfferingChangeRepository history;
    private final Areas areas;
    private final Taxonomy taxonomy;
    private final Clock clock;

    OfferingEditing(
            OfferingRepository offerings,
            ProviderRepository providers,
            OfferingChangeRepository history,
            Areas areas,
            Taxonomy taxonomy,
            Clock clock) {
        this.offerings = offerings;
        this.providers = providers;
        this.history = history;
        this.areas = areas;
        this.taxonomy = taxonomy;
        this.clock = clock;
    }

    /** The providers this person may edit the offer of. */
    @Transactional(readOnly = true)
    List<ProviderRow> providersOf(AccountSummary account) {
        return providers.findByMunicipalityCodeOrderByName(areas.municipality().code()).stream()
                .filter(p -> mayEdit(account, p.id()))
                .map(ProviderRow::of)
                .toList();
    }

    @Transactional(readOnly = true)
    ProviderRow provider(AccountSummary account, UUID providerId) {
        requireAccess(account, providerId);
        return providers.findById(providerId).map(ProviderRow::of).orElseThrow(NotFound::new);
    }

    @Transactional(readOnly = true)
    List<OfferingRow> offeringsOf(AccountSummary account, UUID providerId) {
        requireAccess(account, providerId);
        return offerings.findByProviderIdOrderByTitle(providerId).stream()
                .map(OfferingRow::of)
                .toList();
    }

    /** The provider's own details, to fill in its profile form. */
    @Transactional(readOnly = true)
    ProviderForm profile(AccountSummary account, UUID providerId) {
        requireAccess(account, providerId);
        var provider = providers.findById(providerId).orElseThrow(NotFound::new);
        return ProviderForm.of(provider.details(), provider.version());
    }

    /** Saves the profile; refuses when someone else saved it since {@code version}. */
    void changeProfile(AccountSummary account, UUID providerId, long version, ProviderDetails details) {
        requireAccess(account, providerId);
        var provider = providers.findById(providerId).orElseThrow(NotFound::new);
        if (provider.version() != version) {
            throw new ObjectOptimisticLockingFailureException(Provider.class, providerId);
        }
        provider.change(details, clock.instant());
    }

    @Transactional(readOnly = true)
    boolean hasLogo(AccountSummary account, UUID providerId) {
        requireAccess(account, providerId);
        return providers.findLogo(providerId) != null;
    }

    void replaceLogo(AccountSummary account, UUID providerId, byte[] png) {
        requireAccess(account, providerId);
        providers.findById(providerId).orElseThrow(NotFound::new).replaceLogo(png, clock.instant());
    }

    /** The name of a provider this person may edit the offer of; refuses anyone else. */
    @Transactional(readOnly = true)
    public String providerName(AccountSummary account, UUID providerId) {
        return provider(account, providerId).name();
    }

    /** The provider's offerings as filled-in forms, for the CSV export. */
    @Transactional(readOnly = true)
    public List<OfferingForm> formsOf(AccountSummary account, UUID providerId) {
        requireAccess(account, providerId);
        var themeIds = taxonomy.ids(Vocabulary.THEME);
        return offerings.findByProviderIdOrderByTitle(providerId).stream()
                .map(o -> OfferingForm.of(o.details(), o.version(), themeIds))
                .toList();
    }

    /** Creates a draft for every form, all in one transaction: either all are saved or none. */
    public void createAll(AccountSummary account, UUID providerId, List<OfferingForm> forms) {
        forms.forEach(form -> create(account, providerId, form.details()));
    }

    /** An offering with its content, to fill in the form. */
    @Transactional(readOnly = true)
    Editable editable(AccountSummary account, UUID offeringId) {
        var offering = offering(account, offeringId);
        return new Editable(OfferingRow.of(offering), offering.details(), offering.version());
    }

    record Editable(OfferingRow row, OfferingDetails details, long version) {}

    private Offering offering(AccountSummary account, UUID offeringId) {
        var offering = offerings.findById(offeringId).orElseThrow(NotFound::new);
        requireAccess(account, offering.providerId());
        return offering;
    }

    UUID create(AccountSummary account, UUID providerId, OfferingDetails details) {
        requireAccess(account, providerId);
        var offering = Offering.draft(areas.municipality().code(), providerId, details, clock.instant());
        offerings.save(offering);
        record(account, offering, List.of(new FieldChange("created", null, details.title())));
        return offering.id();
    }

    /**
     * Saves new content; refuses when someone else saved the offering since {@code version}. A published offering
     * stays published (every change is in its history for the editors) and counts as confirmed today.
     */
    void change(AccountSummary account, UUID offeringId, long version, OfferingDetails details) {
        var offering = offering(account, offeringId);
        if (offering.version() != version) {
            throw new ObjectOptimisticLockingFailureException(Offering.class, offeringId);
        }
        var changes = new ArrayList<>(offering.change(details, clock.instant()));
        // Whoever saves a published offering has just looked it over: that is a confirmation, and it stays public.
        if (offering.reviewState() == ReviewState.PUBLISHED) {
            var before = offering.lastConfirmedOn();
            offering.confirm(today());
            if (!today().equals(before)) {
                changes.add(new FieldChange("lastConfirmedOn", String.valueOf(before), today().toString()));
            }
        }
        record(account, offering, changes);
    }

    void submit(AccountSummary account, UUID offeringId) {
        transition(account, offeringId, "reviewState", Offering::submit);
    }

    void withdraw(AccountSummary account, UUID offeringId) {
        transition(account, offeringId, "reviewState", Offering::withdraw);
    }

    void closeTemporarily(AccountSummary account, UUID offeringId) {
        transition(account, offeringId, "status", Offering::closeTemporarily);
    }

    void reopen(AccountSummary account, UUID offeringId) {
        transition(account, offeringId, "status", Offering::reopen);
    }

    UUID duplicate(AccountSummary account, UUID offeringId) {
        var copy = offering(account, offeringId).duplicate(clock.instant());
        offerings.save(copy);
        record(account, copy, List.of(new FieldChange("duplicatedFrom", null, offeringId.toString())));
        return copy.id();
    }

    @Transactional(readOnly = true)
    List<HistoryLine> history(AccountSummary account, UUID offeringId) {
        offering(account, offeringId);
        return history.findByOfferingIdOrderByChangedAtDesc(offeringId).stream()
                .map(HistoryLine::of)
                .toList();
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    private void transition(AccountSummary account, UUID offeringId, String field, Consumer<Offering> action) {
        var offering = offering(account, offeringId);
        var before = offering.reviewState() + "/" + offering.status();
        action.accept(offering);
        record(
                account,
                offering,
                List.of(new FieldChange(field, before, offering.reviewState() + "/" + offering.status())));
    }

    private void record(AccountSummary account, Offering offering, List<FieldChange> changes) {
        var now = clock.instant();
        changes.forEach(change -> history.save(new OfferingChange(offering.id(), account.id(), now, change)));
    }

    private void requireAccess(AccountSummary account, UUID providerId) {
        if (!mayEdit(account, providerId)) {
            throw new AccessDeniedException("Not a member of provider " + providerId);
        }
    }

    private static boolean mayEdit(AccountSummary account, UUID providerId) {
        return account.has(Role.EDITOR)
                || ((account.has(Role.PROVIDER_STAFF) || account.has(Role.PROVIDER_ADMINISTRATOR))
                        && account.worksFor(providerId));
    }

    /** An offering or provider that does not exist. */
    @ResponseStatus(HttpStatus.NOT_FOUND)
    static class NotFound extends RuntimeException {}
}
