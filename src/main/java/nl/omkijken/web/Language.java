package nl.omkijken.web;

import java.util.Locale;

/**
 * The languages pages are offered in. Dutch is the default; the choice travels in the {@code lang} parameter of
 * every link, never in a cookie or a session.
 */
enum Language {
    DUTCH(Locale.forLanguageTag("nl"), "nl"),
    ENGLISH(Locale.ENGLISH, "en");

    static final String PARAMETER = "lang";

    private final Locale locale;
    private final String code;

    Language(Locale locale, String code) {
        this.locale = locale;
        this.code = code;
    }

    Locale locale() {
        return locale;
    }

    String code() {
        return code;
    }

    static Language fromParameter(String value) {
        return ENGLISH.code.equals(value) ? ENGLISH : DUTCH;
    }

    static Language of(Locale locale) {
        return ENGLISH.locale.getLanguage().equals(locale.getLanguage()) ? ENGLISH : DUTCH;
    }
}
