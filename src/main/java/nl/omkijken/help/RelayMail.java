package nl.omkijken.help;

import java.util.Locale;
import java.util.Optional;
import nl.omkijken.identity.Accounts;
import nl.omkijken.identity.IdentityProperties;
import nl.omkijken.notification.Mail;
import nl.omkijken.notification.Outbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The mail between the two sides of a conversation, through the outbox in the caller's transaction. A mail names
 * the sender by first name only and links to the conversation; it never holds the sender's address, and answering
 * the mail itself reaches nobody, so both addresses stay masked until both sides share them.
 */
@Component
class RelayMail {

    private static final Logger log = LoggerFactory.getLogger(RelayMail.class);
    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    private final Outbox outbox;
    private final Accounts accounts;
    private final MessageSource messages;
    private final IdentityProperties site;
    private final ConversationNames names;

    RelayMail(
            Outbox outbox,
            Accounts accounts,
            MessageSource messages,
            IdentityProperties site,
            ConversationNames names) {
        this.outbox = outbox;
        this.names = names;
        this.accounts = accounts;
        this.messages = messages;
        this.site = site;
    }

    void relay(Conversation conversation, Side from, String text, boolean first) {
        send(conversation, from.other(), first ? "first" : "message", text);
    }

    void closed(Conversation conversation, Side by) {
        send(conversation, by.other(), "closed", "");
    }

    void matched(Conversation conversation) {
        send(conversation, Side.REACTOR, "matched", "");
    }

    /** Both shared: each gets the other's name and address. */
    void shared(Conversation conversation) {
        for (var side : Side.values()) {
            var other = recipient(conversation, side.other());
            var details = other.map(o -> o.name() + " <" + o.email() + ">").orElse("");
            send(conversation, side, "shared", details);
        }
    }

    /** The person on one side: the name a mail greets them with, where it goes, and the link back. */
    private record Recipient(String name, String email, String link) {}

    private void send(Conversation conversation, Side to, String key, String text) {
        var recipient = recipient(conversation, to);
        if (recipient.isEmpty()) {
            log.info("Conversation {}: no mail ({}), the account of its {} is gone", conversation.id(), key, to);
            return;
        }
        var args = new Object[] {
            recipient.get().name(),
            names.of(conversation, to.other()),
            conversation.subject(),
            text,
            recipient.get().link()
        };
        outbox.enqueue(new Mail(
                recipient.get().email(),
                messages.getMessage("help.relay.mail." + key + ".subject", args, DUTCH),
                messages.getMessage("help.relay.mail." + key + ".body", args, DUTCH)));
    }

    private Optional<Recipient> recipient(Conversation conversation, Side side) {
        var accountId = side == Side.REACTOR ? conversation.reactorAccountId() : conversation.ownerAccountId();
        var inbox = site.publicUrl().resolve("/berichten/" + conversation.id()).toString();
        if (accountId != null) {
            return accounts.find(accountId)
                    .map(a -> new Recipient(ConversationNames.firstName(a.displayName()), a.email(), inbox));
        }
        if (side == Side.OWNER && conversation.ownerEmail() != null) {
            var link = site.publicUrl()
                    .resolve("/vrijwilligerswerk/gesprek/" + conversation.ownerToken())
                    .toString();
            return Optional.of(new Recipient(conversation.ownerName(), conversation.ownerEmail(), link));
        }
        return Optional.empty();
    }
}
