package nl.omkijken.catalog;

/** What a provider tells residents about itself. */
record ProviderDetails(String name, String description, String website, String email, String phone, String kvkNumber) {}
