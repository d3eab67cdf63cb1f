package nl.omkijken.help;

import nl.omkijken.identity.Accounts;
import org.springframework.stereotype.Component;

/**
 * How one side of a conversation is named to the other: the reactor by the first word of their account's name, the
 * owner as the post or the vacancy names them. The same in the mails and on the page.
 */
@Component
class ConversationNames {

    private final Accounts accounts;

    ConversationNames(Accounts accounts) {
        this.accounts = accounts;
    }

    /** The first word of a display name: all the other side sees of someone's name. */
    static String firstName(String displayName) {
        var name = displayName == null ? "" : displayName.strip();
        var space = name.indexOf(' ');
        return space < 0 ? name : name.substring(0, space);
    }

    String of(Conversation conversation, Side side) {
        if (side == Side.OWNER) {
            return conversation.ownerName();
        }
        return accounts.find(conversation.reactorAccountId())
                .map(a -> firstName(a.displayName()))
                .orElse("");
    }
}
