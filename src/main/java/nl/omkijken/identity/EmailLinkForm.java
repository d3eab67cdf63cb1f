package nl.omkijken.identity;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Asking for a sign-in link.
 *
 * @param firstName only used when the address has no account yet
 * @param next where to go after signing in, a path on this site
 * @param website a field people never see; only robots fill it in
 */
record EmailLinkForm(
        @NotBlank @Email @Size(max = 254) String email,

        @Size(max = 40) @Pattern(regexp = "([\\p{L}][\\p{L}'’ -]*)?")
        String firstName,

        String next,
        String website) {

    EmailLinkForm {
        email = email == null ? "" : email.strip();
        firstName = firstName == null ? "" : firstName.strip();
    }

    static EmailLinkForm startingAt(String next) {
        return new EmailLinkForm("", "", next, "");
    }

    boolean isRobot() {
        return website != null && !website.isBlank();
    }
}
