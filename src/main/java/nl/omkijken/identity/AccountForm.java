package nl.omkijken.identity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Set;
import java.util.UUID;

/** The administrator's changes to one account; {@code version} guards against overwriting someone else's save. */
record AccountForm(
        @NotBlank @Size(max = 100) String displayName, Set<Role> roles, Set<UUID> organisationIds, long version) {

    static AccountForm of(AccountRow account) {
        return new AccountForm(account.displayName(), account.roles(), account.organisationIds(), account.version());
    }

    Set<Role> rolesOrNone() {
        return roles == null ? Set.of() : roles;
    }

    Set<UUID> organisationIdsOrNone() {
        return organisationIds == null ? Set.of() : organisationIds;
    }
}
