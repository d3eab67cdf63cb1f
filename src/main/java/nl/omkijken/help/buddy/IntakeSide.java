package nl.omkijken.help.buddy;

/** Whose intake it is: a resident who would like a buddy, or a volunteer who would like to be one. */
enum IntakeSide {
    RESIDENT,
    VOLUNTEER
}
