package nl.omkijken.help;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every night, conversations without a message for longer than {@code omkijken.help.keep-closed-for} lose their
 * messages, names, addresses and the vacancy contact's link; what the anonymous figures count stays. Runs only
 * while {@code omkijken.scheduling.enabled} is on.
 */
@Component
class ConversationRetention {

    private static final Logger log = LoggerFactory.getLogger(ConversationRetention.class);

    private final ConversationRepository conversations;
    private final ConversationMessageRepository messages;
    private final HelpProperties settings;
    private final Clock clock;

    ConversationRetention(
            ConversationRepository conversations,
            ConversationMessageRepository messages,
            HelpProperties settings,
            Clock clock) {
        this.conversations = conversations;
        this.messages = messages;
        this.settings = settings;
        this.clock = clock;
    }

    /** Anonymises what is due and returns how many conversations that was. */
    @Scheduled(cron = "${omkijken.help.anonymise-at:0 30 3 * * *}", zone = "Europe/Amsterdam")
    @Transactional
    public int anonymise() {
        var now = clock.instant();
        var due = conversations.findByLastMessageAtBeforeAndAnonymisedAtIsNull(now.minus(settings.keepClosedFor()));
        for (var conversation : due) {
            messages.deleteByConversationId(conversation.id());
            conversation.anonymise(now);
        }
        if (!due.isEmpty()) {
            log.info("Anonymised {} help conversations", due.size());
        }
        return due.size();
    }
}
