package nl.omkijken.catalog;

/** What sort of offering it is; residents filter on it. */
public enum Kind {
    ACTIVITY,
    WALK_IN_HOUR,
    MEETING_PLACE,
    SUPPORT_SERVICE,
    SCHEME,
    VOLUNTEER_VACANCY;

    public String messageKey() {
        return "kind." + name();
    }
}
