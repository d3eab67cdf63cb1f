package nl.omkijken.catalog.demo;

import java.util.UUID;

/** A provider as the demo loaders write it; the id is also its organisation's id. */
record ProviderRow(
        UUID id, String name, String description, String website, String email, String phone, String kvkNumber) {}
