package nl.omkijken.help;

import java.util.Locale;
import nl.omkijken.identity.Accounts;
import nl.omkijken.identity.IdentityProperties;
import nl.omkijken.notification.Mail;
import nl.omkijken.notification.Outbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Tells the author of a post (or the staff member who made it for a resident) what the editors decided, through the
 * outbox in the caller's transaction, so a mail exists exactly when the decision does.
 */
@Component
class PostMail {

    private static final Logger log = LoggerFactory.getLogger(PostMail.class);
    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    /** What happened to the post; the mail's texts are {@code help.moderation.mail.<key>.subject} and {@code .body}. */
    enum Outcome {
        APPROVED("approved"),
        CHANGES_REQUESTED("changes"),
        REFUSED("refused"),
        REMOVED("removed");

        private final String key;

        Outcome(String key) {
            this.key = key;
        }
    }

    private final Outbox outbox;
    private final Accounts accounts;
    private final MessageSource messages;
    private final IdentityProperties site;

    PostMail(Outbox outbox, Accounts accounts, MessageSource messages, IdentityProperties site) {
        this.outbox = outbox;
        this.accounts = accounts;
        this.messages = messages;
        this.site = site;
    }

    void tell(HelpPost post, Outcome outcome, String reason) {
        var account = accounts.find(post.replyAccountId());
        if (account.isEmpty()) {
            log.info("Help post {}: {}, but its author's account is gone", post.id(), outcome);
            return;
        }
        var kind = messages.getMessage("help.post.kind." + post.kind().name() + ".lower", null, DUTCH);
        var link = site.publicUrl().resolve(outcome == Outcome.APPROVED ? "/hulp/" + post.id() : "/hulp/mijn");
        var greeting = post.isOnBehalf()
                ? messages.getMessage(
                        "help.moderation.mail.onBehalf",
                        new Object[] {post.content().firstName()},
                        DUTCH)
                : "";
        outbox.enqueue(new Mail(
                account.get().email(),
                messages.getMessage("help.moderation.mail." + outcome.key + ".subject", new Object[] {kind}, DUTCH),
                messages.getMessage(
                        "help.moderation.mail." + outcome.key + ".body",
                        new Object[] {post.content().firstName(), kind, reason == null ? "" : reason, link, greeting},
                        DUTCH)));
    }
}
