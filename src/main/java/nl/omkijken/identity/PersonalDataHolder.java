package nl.omkijken.identity;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * A part of the platform that keeps personal data on an account. A resident's own page shows and downloads what
 * every holder returns, and a request to delete asks every holder to erase.
 */
public interface PersonalDataHolder {

    /** What this part holds on the account, in the reader's language; empty when it holds nothing. */
    List<PersonalDataSection> describe(UUID accountId, Locale locale);

    /** Erases, or anonymises where counts must stay, everything this part holds on the account, in the caller's transaction. */
    void erase(UUID accountId);

    /** A titled group of facts, such as one help request with its texts and dates. */
    record PersonalDataSection(String title, List<Item> items) {

        public PersonalDataSection {
            items = List.copyOf(items);
        }

        public record Item(String label, String value) {}
    }
}
