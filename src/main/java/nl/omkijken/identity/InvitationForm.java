package nl.omkijken.identity;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Set;
import java.util.UUID;

/** What the administrator fills in to invite someone. */
record InvitationForm(
        @NotBlank @Email @Size(max = 254) String email,
        @NotBlank @Size(max = 100) String displayName,
        Set<Role> roles,
        Set<UUID> organisationIds) {

    static InvitationForm empty() {
        return new InvitationForm("", "", Set.of(), Set.of());
    }

    Set<Role> rolesOrNone() {
        return roles == null ? Set.of() : roles;
    }

    Set<UUID> organisationIdsOrNone() {
        return organisationIds == null ? Set.of() : organisationIds;
    }
}
