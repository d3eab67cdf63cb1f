package nl.omkijken.help;

/** Why a help request or offer was closed. Its text is {@code help.post.closeReason.<NAME>}. */
public enum CloseReason {
    HELPED,
    FOUND_ELSEWHERE,
    NO_LONGER_NEEDED,
    NO_REACTION,
    REMOVED_BY_EDITOR,
    OTHER
}
