package nl.omkijken.catalog.transfer;

import java.util.Arrays;
import java.util.Optional;

/** The columns of the import file, in their order, each with the form field it fills in. */
enum Column {
    TITEL("titel", "title"),
    SAMENVATTING("samenvatting", "summary"),
    BESCHRIJVING("beschrijving", "description"),
    SOORT("soort", "kind"),
    THEMAS("themas", "themeIds"),
    DOELGROEPEN("doelgroepen", "targetGroupIds"),
    AMBITIES("ambities", "ambitions"),
    TALEN("talen", "languages"),
    GRATIS("gratis", "free"),
    PRIJS("prijs", "costAmount"),
    UITLEG_KOSTEN("uitleg_kosten", "costExplanation"),
    LEEFTIJD_VANAF("leeftijd_vanaf", "minAge"),
    LEEFTIJD_TOT("leeftijd_tot", "maxAge"),
    MEEDOEN("meedoen", "howToJoin"),
    CONTACT_NAAM("contact_naam", "contactName"),
    CONTACT_EMAIL("contact_email", "contactEmail"),
    CONTACT_TELEFOON("contact_telefoon", "contactPhone");

    /** Separates the values in a column that holds more than one, such as {@code taal|gezondheid}. */
    static final String SEPARATOR = "|";

    private final String header;
    private final String field;

    Column(String header, String field) {
        this.header = header;
        this.field = field;
    }

    String header() {
        return header;
    }

    static String[] headers() {
        return Arrays.stream(values()).map(Column::header).toArray(String[]::new);
    }

    /** The column of a form field, {@code languages[]} included. */
    static Optional<Column> ofField(String field) {
        var name = field.contains("[") ? field.substring(0, field.indexOf('[')) : field;
        return Arrays.stream(values()).filter(c -> c.field.equals(name)).findFirst();
    }
}
