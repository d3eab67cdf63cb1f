package nl.omkijken.catalog;

import java.util.Locale;
import nl.omkijken.identity.IdentityProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Tells a provider that the editors sent an offering back, and why. Sent directly for now; the outbox with
 * retries that freshness reminders need will take this over.
 */
@Component
class ReviewMail {

    private static final Logger log = LoggerFactory.getLogger(ReviewMail.class);
    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    private final ObjectProvider<JavaMailSender> mailSender;
    private final MessageSource messages;
    private final IdentityProperties properties;

    ReviewMail(ObjectProvider<JavaMailSender> mailSender, MessageSource messages, IdentityProperties properties) {
        this.mailSender = mailSender;
        this.messages = messages;
        this.properties = properties;
    }

    void sentBack(Provider provider, Offering offering, String reason) {
        var sender = mailSender.getIfAvailable();
        var to = provider.details().email();
        if (sender == null || to == null || to.isBlank()) {
            log.info(
                    "Offering {} sent back; provider {} has no e-mail address or no mail server is set",
                    offering.id(),
                    provider.id());
            return;
        }
        var message = new SimpleMailMessage();
        message.setFrom(properties.mailFrom());
        message.setTo(to);
        message.setSubject(messages.getMessage("review.mail.subject", new Object[] {offering.title()}, DUTCH));
        message.setText(messages.getMessage(
                "review.mail.body",
                new Object[] {
                    offering.title(),
                    reason,
                    properties.publicUrl().resolve("/aanbieder/" + provider.id() + "/aanbod/" + offering.id())
                },
                DUTCH));
        try {
            sender.send(message);
        } catch (MailException e) {
            log.warn("Sent-back mail for offering {} not delivered: {}", offering.id(), e.getMessage());
        }
    }
}
