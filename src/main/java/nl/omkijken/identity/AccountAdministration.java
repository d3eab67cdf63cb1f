package nl.omkijken.identity;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.omkijken.area.Areas;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the administrator does with accounts: invite, change roles and memberships, switch off and on. */
@Service
@Transactional
class AccountAdministration {

    private final AccountRepository accounts;
    private final OrganisationRepository organisations;
    private final Invitations invitations;
    private final AccountSessions sessions;
    private final Areas areas;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AccountAdministration(
            AccountRepository accounts,
            OrganisationRepository organisations,
            Invitations invitations,
            AccountSessions sessions,
            Areas areas,
            ApplicationEventPublisher events,
            Clock clock) {
        this.accounts = accounts;
        this.organisations = organisations;
        this.invitations = invitations;
        this.sessions = sessions;
        this.areas = areas;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    List<AccountRow> accounts(AccountSummary viewer) {
        viewed(viewer, "account-list", null, "account-administration");
        var names = organisationNames();
        return accounts.findByMunicipalityCodeOrderByDisplayName(municipality()).stream()
                .filter(a -> !a.erased())
                .map(a -> row(a, names))
                .toList();
    }

    @Transactional(readOnly = true)
    Optional<AccountRow> account(UUID id, AccountSummary viewer) {
        return find(id).map(a -> {
            viewed(viewer, "account", id, "account-administration");
            return row(a, organisationNames());
        });
    }

    /** Creates an invited account and returns the link to send; empty when the address is already in use. */
    Optional<Invited> invite(String email, String displayName, Set<Role> roles, Set<UUID> organisationIds) {
        if (accounts.findByMunicipalityCodeAndEmail(municipality(), Account.normalise(email))
                .isPresent()) {
            return Optional.empty();
        }
        var account = Account.invited(municipality(), email, displayName, clock.instant());
        account.changeRoles(roles);
        account.changeMemberships(known(organisationIds));
        accounts.save(account);
        var link = invitations.issue(account.id());
        return Optional.of(new Invited(account.id(), account.email(), account.displayName(), link));
    }

    record Invited(UUID accountId, String email, String displayName, String link) {}

    /** The accounts that work for this organisation. */
    @Transactional(readOnly = true)
    List<AccountRow> colleagues(AccountSummary viewer, UUID organisationId) {
        viewed(viewer, "organisation-members", organisationId, "colleagues");
        var names = organisationNames();
        return accounts.findByMunicipalityCodeOrderByDisplayName(municipality()).stream()
                .filter(a -> a.organisationIds().contains(organisationId))
                .map(a -> row(a, names))
                .toList();
    }

    /** Saves roles and memberships; refuses when someone else saved the account since {@code version}. */
    void change(UUID id, long version, String displayName, Set<Role> roles, Set<UUID> organisationIds) {
        var account = find(id).orElseThrow();
        if (account.version() != version) {
            throw new ObjectOptimisticLockingFailureException(Account.class, id);
        }
        account.rename(displayName);
        account.changeRoles(roles);
        account.changeMemberships(known(organisationIds));
        sessions.endAll(id);
    }

    void deactivate(UUID id) {
        find(id).orElseThrow().deactivate();
        sessions.endAll(id);
    }

    void reactivate(UUID id) {
        find(id).orElseThrow().reactivate();
    }

    @Transactional(readOnly = true)
    List<OrganisationSummary> organisations() {
        return organisations.findByMunicipalityCodeOrderByName(municipality()).stream()
                .map(Organisation::summary)
                .toList();
    }

    /** Adds an organisation; empty when one with that name exists. */
    Optional<OrganisationSummary> addOrganisation(String name) {
        if (organisations
                .findByMunicipalityCodeAndNameIgnoreCase(municipality(), name.strip())
                .isPresent()) {
            return Optional.empty();
        }
        return Optional.of(organisations
                .save(new Organisation(municipality(), name.strip(), clock.instant()))
                .summary());
    }

    /** Every staff view of personal data is kept by the audit module, or the view fails. */
    private void viewed(AccountSummary viewer, String subjectType, UUID subjectId, String purpose) {
        events.publishEvent(new PersonalDataViewed(viewer.id(), subjectType, subjectId, purpose, clock.instant()));
    }

    private Optional<Account> find(UUID id) {
        // An erased account says nothing about anyone any more; there is nothing left to administer.
        return accounts.findById(id).filter(a -> a.municipalityCode().equals(municipality()) && !a.erased());
    }

    private Set<UUID> known(Set<UUID> organisationIds) {
        var existing = organisationNames().keySet();
        return organisationIds.stream().filter(existing::contains).collect(Collectors.toSet());
    }

    private Map<UUID, String> organisationNames() {
        return organisations.findByMunicipalityCodeOrderByName(municipality()).stream()
                .collect(Collectors.toMap(Organisation::id, Organisation::name));
    }

    private String municipality() {
        return areas.municipality().code();
    }

    private static AccountRow row(Account account, Map<UUID, String> organisationNames) {
        var status = !account.enabled()
                ? AccountRow.Status.DEACTIVATED
                : account.isPending() ? AccountRow.Status.INVITED : AccountRow.Status.ACTIVE;
        return new AccountRow(
                account.id(),
                account.email(),
                account.displayName(),
                account.roles(),
                account.organisationIds(),
                account.organisationIds().stream()
                        .map(organisationNames::get)
                        .filter(Objects::nonNull)
                        .sorted()
                        .toList(),
                status,
                account.demo(),
                account.lastLoginAt(),
                account.version());
    }
}
