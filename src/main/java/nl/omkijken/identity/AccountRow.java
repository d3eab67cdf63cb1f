package nl.omkijken.identity;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** One account as the administrator sees it. */
record AccountRow(
        UUID id,
        String email,
        String displayName,
        Set<Role> roles,
        Set<UUID> organisationIds,
        List<String> organisationNames,
        Status status,
        boolean demo,
        Instant lastLoginAt,
        long version) {

    enum Status {
        ACTIVE,
        INVITED,
        DEACTIVATED;

        public String messageKey() {
            return "account.status." + name();
        }
    }
}
