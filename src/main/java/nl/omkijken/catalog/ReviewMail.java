package nl.omkijken.catalog;

import java.util.Locale;
import nl.omkijken.identity.IdentityProperties;
import nl.omkijken.notification.Mail;
import nl.omkijken.notification.Outbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Tells a provider, through the outbox, that the editors sent an offering back, and why. */
@Component
class ReviewMail {

    private static final Logger log = LoggerFactory.getLogger(ReviewMail.class);
    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    private final Outbox outbox;
    private final MessageSource messages;
    private final IdentityProperties site;

    ReviewMail(Outbox outbox, MessageSource messages, IdentityProperties site) {
        this.outbox = outbox;
        this.messages = messages;
        this.site = site;
    }

    /** Queues the mail in the caller's transaction, so it exists exactly when the offering was sent back. */
    void sentBack(Provider provider, Offering offering, String reason) {
        var to = provider.details().email();
        if (to == null || to.isBlank()) {
            log.info("Offering {} sent back; provider {} has no e-mail address", offering.id(), provider.id());
            return;
        }
        outbox.enqueue(new Mail(
                to,
                messages.getMessage("review.mail.subject", new Object[] {offering.title()}, DUTCH),
                messages.getMessage(
                        "review.mail.body",
                        new Object[] {
                            offering.title(),
                            reason,
                            site.publicUrl().resolve("/aanbieder/" + provider.id() + "/aanbod/" + offering.id())
                        },
                        DUTCH)));
    }
}
