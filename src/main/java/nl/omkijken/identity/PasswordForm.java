package nl.omkijken.identity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A new password, typed twice. Length beats complexity rules (NIST SP 800-63B). */
record PasswordForm(@NotBlank @Size(min = 12, max = 128) String password, String repeat) {

    boolean matches() {
        return password != null && password.equals(repeat);
    }
}
