package nl.omkijken.help;

/**
 * What a help request or offer is about. Buying or selling goods is none of these: the help module is not a market.
 * Its text is {@code help.category.<NAME>}.
 */
public enum HelpCategory {
    COMPANY,
    WALKING,
    SHOPPING,
    TRANSPORT,
    LANGUAGE_PRACTICE,
    ODD_JOBS,
    DIGITAL_HELP,
    PAPERWORK,
    OTHER;

    public String messageKey() {
        return "help.category." + name();
    }
}
