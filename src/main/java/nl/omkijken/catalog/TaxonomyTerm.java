package nl.omkijken.catalog;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.util.Locale;
import java.util.UUID;

/** One theme or target group, with a stable code and a Dutch and English label that editors may change. */
@Entity
class TaxonomyTerm {

    @Id
    private UUID id;

    private String municipalityCode;

    @Enumerated(EnumType.STRING)
    private Vocabulary vocabulary;

    private String code;
    private String labelNl;
    private String labelEn;
    private int position;
    private boolean active;

    protected TaxonomyTerm() {}

    TaxonomyTerm(
            String municipalityCode, Vocabulary vocabulary, String code, String labelNl, String labelEn, int position) {
        this.id = UUID.randomUUID();
        this.municipalityCode = municipalityCode;
        this.vocabulary = vocabulary;
        this.code = code;
        this.labelNl = labelNl;
        this.labelEn = labelEn;
        this.position = position;
        this.active = true;
    }

    void relabel(String newLabelNl, String newLabelEn) {
        this.labelNl = newLabelNl.strip();
        this.labelEn = newLabelEn.strip();
    }

    /** A retired term stays on the offerings that have it, but is no longer offered for new ones. */
    void retire() {
        this.active = false;
    }

    void restore() {
        this.active = true;
    }

    UUID id() {
        return id;
    }

    String labelNl() {
        return labelNl;
    }

    String labelEn() {
        return labelEn;
    }

    int position() {
        return position;
    }

    Vocabulary vocabulary() {
        return vocabulary;
    }

    String code() {
        return code;
    }

    String label(Locale locale) {
        return "en".equals(locale.getLanguage()) ? labelEn : labelNl;
    }

    boolean active() {
        return active;
    }
}
