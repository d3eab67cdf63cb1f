package nl.omkijken.identity;

import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/** Sends the invitation link, when a mail server is configured. */
@Component
class InvitationMail {

    private static final Logger log = LoggerFactory.getLogger(InvitationMail.class);

    private final ObjectProvider<JavaMailSender> mailSender;
    private final MessageSource messages;
    private final IdentityProperties properties;

    InvitationMail(ObjectProvider<JavaMailSender> mailSender, MessageSource messages, IdentityProperties properties) {
        this.mailSender = mailSender;
        this.messages = messages;
        this.properties = properties;
    }

    /** Returns whether the mail went out; without a mail server the administrator passes the link on. */
    boolean send(String email, String displayName, String link, Locale locale) {
        var sender = mailSender.getIfAvailable();
        if (sender == null) {
            return false;
        }
        var message = new SimpleMailMessage();
        message.setFrom(properties.mailFrom());
        message.setTo(email);
        message.setSubject(messages.getMessage("invitation.mail.subject", null, locale));
        message.setText(messages.getMessage(
                "invitation.mail.body",
                new Object[] {displayName, link, properties.invitationValidity().toDays()},
                locale));
        try {
            sender.send(message);
            return true;
        } catch (MailException e) {
            log.warn(
                    "Invitation mail to {} not sent: {}",
                    ThrottledAuthenticationProvider.masked(email),
                    e.getMessage());
            return false;
        }
    }
}
