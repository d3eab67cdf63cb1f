package nl.omkijken.notification;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Delivers queued mail every half minute; a failure is retried later, never dropped. */
@Component
public class OutboxSender {

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);
    private static final int BATCH = 50;

    private final OutboxMailRepository mails;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final NotificationProperties properties;
    private final Clock clock;

    OutboxSender(
            OutboxMailRepository mails,
            ObjectProvider<JavaMailSender> mailSender,
            NotificationProperties properties,
            Clock clock) {
        this.mails = mails;
        this.mailSender = mailSender;
        this.properties = properties;
        this.clock = clock;
    }

    /** Sends what is due and returns how many went out. */
    @Scheduled(fixedDelayString = "${omkijken.notification.send-every:30s}", initialDelayString = "10s")
    @Transactional
    public int sendDue() {
        var sender = mailSender.getIfAvailable();
        if (sender == null) {
            return 0;
        }
        var sent = 0;
        for (var mail : mails.lockDue(clock.instant(), BATCH)) {
            var message = new SimpleMailMessage();
            message.setFrom(properties.mailFrom());
            message.setTo(mail.mail().recipient());
            message.setSubject(mail.mail().subject());
            message.setText(mail.mail().body());
            try {
                sender.send(message);
                mail.sent(clock.instant());
                sent++;
            } catch (MailException e) {
                mail.failed(clock.instant(), e.getMessage());
                log.warn("Mail {} not sent yet, will retry: {}", mail.id(), e.getMessage());
            }
        }
        return sent;
    }
}
