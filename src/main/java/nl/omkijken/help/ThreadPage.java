package nl.omkijken.help;

import java.util.List;
import java.util.UUID;

/**
 * A conversation as one of its two sides sees it: the other by first name only, their contact details only once
 * both shared.
 *
 * @param base where the page and its forms are: {@code /berichten/<id>}, or the secret link of a vacancy's contact
 * @param otherContact the other's name and e-mail address; {@code null} until both shared
 * @param about where the post or vacancy is, for a link; {@code null} when it is gone
 */
record ThreadPage(
        UUID id,
        String base,
        String subject,
        MatchKind kind,
        Side side,
        String otherName,
        boolean open,
        boolean matched,
        Side blockedBy,
        boolean closed,
        boolean iShare,
        boolean otherShares,
        String otherContact,
        String about,
        List<Line> lines) {

    ThreadPage {
        lines = List.copyOf(lines);
    }

    /** One message: by me or by the other, when (already formatted for the reader) and the text. */
    record Line(boolean mine, String when, String text) {}

    /** Only the owner says the two found each other. */
    public boolean canMatch() {
        return side == Side.OWNER && open && !matched;
    }

    public boolean blocked() {
        return blockedBy != null;
    }
}
