package nl.omkijken.catalog;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A new theme or target group: a stable code and its Dutch and English names. */
record TermForm(
        @NotNull Vocabulary vocabulary,

        @NotBlank @Pattern(regexp = "^[a-z0-9]+(-[a-z0-9]+)*$") @Size(max = 60)
        String code,

        @NotBlank @Size(max = 100) String labelNl,
        @NotBlank @Size(max = 100) String labelEn) {

    static TermForm empty() {
        return new TermForm(Vocabulary.THEME, "", "", "");
    }
}
