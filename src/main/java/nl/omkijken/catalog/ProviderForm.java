package nl.omkijken.catalog;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What a provider tells residents about itself, as its staff fill it in. */
record ProviderForm(
        @NotBlank @Size(max = 200) String name,
        @Size(max = 2000) String description,

        @Size(max = 300) @Pattern(regexp = "^$|^https?://[^\\s]+$")
        String website,

        @Email @Size(max = 254) String email,
        @Pattern(regexp = "^$|^[+0-9 ()-]{10,20}$") String phone,
        @Pattern(regexp = "^$|^[0-9]{8}$") String kvkNumber,
        Long version) {

    static ProviderForm of(ProviderDetails details, long version) {
        return new ProviderForm(
                details.name(),
                blank(details.description()),
                blank(details.website()),
                blank(details.email()),
                blank(details.phone()),
                blank(details.kvkNumber()),
                version);
    }

    ProviderDetails details() {
        return new ProviderDetails(
                name.strip(),
                description == null ? "" : description.strip(),
                orNull(website),
                orNull(email),
                orNull(phone),
                orNull(kvkNumber));
    }

    long versionOrZero() {
        return version == null ? 0 : version;
    }

    private static String blank(String value) {
        return value == null ? "" : value;
    }

    private static String orNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
