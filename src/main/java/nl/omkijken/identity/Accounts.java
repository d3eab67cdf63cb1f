package nl.omkijken.identity;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.omkijken.area.Areas;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Who is signed in on the current request, and who an account id stands for. */
@Service
public class Accounts {

    private final AccountRepository accounts;
    private final OrganisationRepository organisations;
    private final Areas areas;

    Accounts(AccountRepository accounts, OrganisationRepository organisations, Areas areas) {
        this.accounts = accounts;
        this.organisations = organisations;
        this.areas = areas;
    }

    /** The signed-in person, or empty for an anonymous visitor. */
    public Optional<AccountSummary> current() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof SignedIn signedIn) {
            return Optional.of(signedIn.account());
        }
        return Optional.empty();
    }

    /**
     * The account with this id while it can be used, for instance to mail its owner that someone reacted; empty
     * when it does not exist or was deactivated.
     */
    @Transactional(readOnly = true)
    public Optional<AccountSummary> find(UUID id) {
        return accounts.findById(id).filter(Account::enabled).map(AccountSummary::of);
    }

    /** The organisations an account works for, by name. */
    @Transactional(readOnly = true)
    public List<OrganisationSummary> organisationsOf(AccountSummary account) {
        return organisations.findAllById(account.organisationIds()).stream()
                .map(Organisation::summary)
                .sorted(Comparator.comparing(OrganisationSummary::name))
                .toList();
    }

    /**
     * Who these account ids stand for, deactivated accounts too, for a record that must name people long after, such
     * as the access log; an id without an account is left out.
     */
    @Transactional(readOnly = true)
    public Map<UUID, AccountSummary> describe(Collection<UUID> ids) {
        return accounts.findAllById(ids).stream()
                .map(AccountSummary::of)
                .collect(Collectors.toMap(AccountSummary::id, Function.identity()));
    }

    /** The account of this municipality with this e-mail address (in any case), deactivated or not. */
    @Transactional(readOnly = true)
    public Optional<AccountSummary> findByEmail(String email) {
        return accounts.findByMunicipalityCodeAndEmail(areas.municipality().code(), Account.normalise(email))
                .map(AccountSummary::of);
    }
}
