package nl.omkijken.help;

import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import nl.omkijken.identity.PersonalDataHolder;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The conversations an account takes part in: on the resident's own data page with the messages they wrote, and on
 * a request to delete, ended with all their messages (a conversation cannot go on with one side gone).
 */
@Component
class ConversationPersonalData implements PersonalDataHolder {

    private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private final ConversationRepository conversations;
    private final ConversationMessageRepository messages;
    private final MessageSource texts;
    private final Clock clock;

    ConversationPersonalData(
            ConversationRepository conversations,
            ConversationMessageRepository messages,
            MessageSource texts,
            Clock clock) {
        this.conversations = conversations;
        this.messages = messages;
        this.texts = texts;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<PersonalDataSection> describe(UUID accountId, Locale locale) {
        var dates = DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm", locale).withZone(ZONE);
        return conversations.findFor(accountId).stream()
                .map(c -> {
                    var side = accountId.equals(c.reactorAccountId()) ? Side.REACTOR : Side.OWNER;
                    var items = new ArrayList<PersonalDataSection.Item>();
                    items.add(item("help.conversation.data.started", dates.format(c.createdAt()), locale));
                    items.add(item(
                            "help.conversation.data.shared",
                            texts.getMessage(
                                    c.shares(side) ? "help.conversation.data.yes" : "help.conversation.data.no",
                                    null,
                                    locale),
                            locale));
                    for (var message : messages.findByConversationIdOrderByCreatedAt(c.id())) {
                        if (message.side() == side) {
                            items.add(new PersonalDataSection.Item(
                                    texts.getMessage(
                                            "help.conversation.data.message",
                                            new Object[] {dates.format(message.createdAt())},
                                            locale),
                                    message.text()));
                        }
                    }
                    var title = texts.getMessage("help.conversation.data.title", new Object[] {c.subject()}, locale);
                    return new PersonalDataSection(title, items);
                })
                .toList();
    }

    @Override
    @Transactional
    public void erase(UUID accountId) {
        var now = clock.instant();
        for (var conversation : conversations.findFor(accountId)) {
            messages.deleteByConversationId(conversation.id());
            conversation.anonymise(now);
        }
    }

    private PersonalDataSection.Item item(String key, String value, Locale locale) {
        return new PersonalDataSection.Item(texts.getMessage(key, null, locale), value);
    }
}
