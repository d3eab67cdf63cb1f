package nl.omkijken.catalog;

/** What a resident has to do to take part. */
public enum HowToJoin {
    WALK_IN,
    SIGN_UP,
    REFERRAL;

    public String messageKey() {
        return "howToJoin." + name();
    }
}
