package nl.omkijken.help;

/** Why someone reports a post. Its text is {@code help.report.reason.<NAME>}. */
enum ReportReason {
    PERSONAL_DETAILS,
    SELLING,
    RUDE,
    NOT_REAL,
    OTHER
}
