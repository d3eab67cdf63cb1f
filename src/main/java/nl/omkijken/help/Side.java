package nl.omkijken.help;

/**
 * The two sides of a conversation: the one who reacted to a post or vacancy, and the one who received the reaction
 * (the post's author, the staff member who posted for a resident, or the vacancy's contact).
 */
enum Side {
    REACTOR,
    OWNER;

    Side other() {
        return this == REACTOR ? OWNER : REACTOR;
    }
}
