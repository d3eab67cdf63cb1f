package nl.omkijken.catalog;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;

/**
 * The taxonomies Omkijken publishes its classifications under in Open Referral HSDS: the managed themes and target
 * groups, and the fixed lists of kinds, ambitions and ways to join. Every taxonomy and every fixed term gets a UUID
 * derived from its name, so the same term has the same id in every export and every municipality.
 */
public enum HsdsTaxonomies {
    THEME("omkijken-thema", "Thema's", "Waar het aanbod over gaat, in gewone woorden."),
    TARGET_GROUP("omkijken-doelgroep", "Doelgroepen", "Voor wie het aanbod bedoeld is."),
    KIND("omkijken-soort", "Soort aanbod", "Wat voor aanbod het is: activiteit, spreekuur, ontmoetingsplek en meer."),
    AMBITION(
            "omkijken-ambitie",
            "Ambities sociale basis",
            "De drie ambities van de sociale basis: betekenisvolle contacten en dagbesteding (1.1.1), vitaal en gezond"
                    + " (1.1.2), gelijke kansen (1.1.3)."),
    HOW_TO_JOIN("omkijken-meedoen", "Meedoen", "Hoe iemand mee kan doen: binnenlopen, aanmelden of verwijzing.");

    private final String code;
    private final String label;
    private final String description;

    HsdsTaxonomies(String code, String label, String description) {
        this.code = code;
        this.label = label;
        this.description = description;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public String description() {
        return description;
    }

    public UUID id() {
        return derivedId("taxonomy:" + code);
    }

    /** The id of a term of a fixed list, such as kind {@code ACTIVITY}. */
    public UUID termId(String termCode) {
        return derivedId("term:" + code + ":" + termCode.toLowerCase(Locale.ROOT));
    }

    static HsdsTaxonomies of(Vocabulary vocabulary) {
        return vocabulary == Vocabulary.THEME ? THEME : TARGET_GROUP;
    }

    /** A stable UUID (version 3) for something that has no id of its own, such as the phone of an offering. */
    public static UUID derivedId(String name) {
        return UUID.nameUUIDFromBytes(("omkijken:hsds:" + name).getBytes(StandardCharsets.UTF_8));
    }
}
