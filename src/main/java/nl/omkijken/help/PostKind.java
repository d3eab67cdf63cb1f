package nl.omkijken.help;

/** Whether a resident asks for help or offers it. Its text is {@code help.post.kind.<NAME>}. */
public enum PostKind {
    REQUEST,
    OFFER
}
