package nl.omkijken.help.buddy;

/** Where an intake stands: waiting for a buddy, matched by a coordinator, or closed. */
enum IntakeStatus {
    WAITING,
    MATCHED,
    CLOSED
}
