package nl.omkijken.identity;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Who is signed in on the current request, and who an account id stands for. */
@Service
public class Accounts {

    private final AccountRepository accounts;
    private final OrganisationRepository organisations;

    Accounts(AccountRepository accounts, OrganisationRepository organisations) {
        this.accounts = accounts;
        this.organisations = organisations;
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
}
