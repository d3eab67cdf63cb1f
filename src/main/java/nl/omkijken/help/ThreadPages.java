package nl.omkijken.help;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import nl.omkijken.identity.AccountSummary;
import nl.omkijken.identity.Accounts;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Builds what one side of a conversation sees, for the signed-in page and the vacancy contact's link alike. */
@Component
class ThreadPages {

    private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private final Conversations conversations;
    private final Accounts accounts;
    private final ConversationNames names;

    ThreadPages(Conversations conversations, Accounts accounts, ConversationNames names) {
        this.conversations = conversations;
        this.accounts = accounts;
        this.names = names;
    }

    ThreadPage of(Conversations.Access access, String base) {
        var conversation = conversations.conversation(access);
        var dates = DateTimeFormatter.ofPattern("d MMMM HH:mm", LocaleContextHolder.getLocale())
                .withZone(ZONE);
        var lines = conversations.messages(access).stream()
                .map(m -> new ThreadPage.Line(m.side() == access.side(), dates.format(m.createdAt()), m.text()))
                .toList();
        var other = access.side().other();
        var bothShare = conversation.bothShare();
        return new ThreadPage(
                conversation.id(),
                base,
                conversation.subject(),
                conversation.kind(),
                access.side(),
                names.of(conversation, other),
                conversation.isOpen(),
                conversation.matchedAt() != null,
                conversation.blockedBy(),
                conversation.closedAt() != null,
                conversation.shares(access.side()),
                conversation.shares(other),
                bothShare ? contactOf(conversation, other) : null,
                about(conversation),
                lines);
    }

    /** The list on "Mijn berichten": each conversation with whom, and whether it still runs. */
    record Row(String link, String subject, String otherName, String last, boolean open, boolean matched) {}

    List<Row> rows(AccountSummary me) {
        var dates = DateTimeFormatter.ofPattern("d MMMM yyyy", LocaleContextHolder.getLocale())
                .withZone(ZONE);
        return conversations.of(me).stream()
                .map(c -> {
                    var side = me.id().equals(c.reactorAccountId()) ? Side.REACTOR : Side.OWNER;
                    return new Row(
                            "/berichten/" + c.id(),
                            c.subject(),
                            names.of(c, side.other()),
                            dates.format(c.lastMessageAt()),
                            c.isOpen(),
                            c.matchedAt() != null);
                })
                .toList();
    }

    private String contactOf(Conversation conversation, Side side) {
        var accountId = side == Side.REACTOR ? conversation.reactorAccountId() : conversation.ownerAccountId();
        if (accountId == null) {
            return conversation.ownerName() + " (" + conversation.ownerEmail() + ")";
        }
        return accounts.find(accountId)
                .map(a -> a.displayName() + " (" + a.email() + ")")
                .orElse(null);
    }

    private static String about(Conversation conversation) {
        if (conversation.postId() != null) {
            return "/hulp/" + conversation.postId();
        }
        return conversation.offeringId() == null ? null : "/aanbod/" + conversation.offeringId();
    }
}
