package nl.omkijken.identity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

record OrganisationForm(@NotBlank @Size(max = 200) String name) {}
