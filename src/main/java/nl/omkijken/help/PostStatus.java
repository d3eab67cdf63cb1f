package nl.omkijken.help;

/**
 * Where a help request or offer stands. Editors see it first ({@link #AWAITING_REVIEW}); the public sees it while
 * it is {@link #OPEN}, {@link #IN_CONTACT} or {@link #MATCHED}. Its text is {@code help.post.status.<NAME>}.
 */
public enum PostStatus {
    AWAITING_REVIEW,
    CHANGES_REQUESTED,
    REFUSED,
    OPEN,
    IN_CONTACT,
    MATCHED,
    CLOSED;

    /** Whether the public may see a post in this state. */
    public boolean isPublic() {
        return this == OPEN || this == IN_CONTACT || this == MATCHED;
    }

    /** Whether someone may still react to a post in this state. */
    public boolean takesReactions() {
        return this == OPEN || this == IN_CONTACT;
    }
}
