package nl.omkijken.identity;

import java.util.Set;
import java.util.UUID;

/** A signed-in person as other modules see them. */
public record AccountSummary(UUID id, String email, String displayName, Set<Role> roles, Set<UUID> organisationIds) {

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** Whether the person works for this organisation. */
    public boolean worksFor(UUID organisationId) {
        return organisationIds.contains(organisationId);
    }

    static AccountSummary of(Account account) {
        return new AccountSummary(
                account.id(), account.email(), account.displayName(), account.roles(), account.organisationIds());
    }
}
