package nl.omkijken.catalog;

import java.util.UUID;

/** A provider as a line in a list or a page heading. */
record ProviderRow(UUID id, String name) {

    static ProviderRow of(Provider provider) {
        return new ProviderRow(provider.id(), provider.name());
    }
}
