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
 * The help requests and offers a resident wrote: shown on their own data page, and on a request to delete, closed
 * and anonymised at once (the anonymous counts stay).
 */
@Component
class PostPersonalData implements PersonalDataHolder {

    private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private final HelpPostRepository posts;
    private final PostReportRepository reports;
    private final MessageSource messages;
    private final Clock clock;

    PostPersonalData(HelpPostRepository posts, PostReportRepository reports, MessageSource messages, Clock clock) {
        this.posts = posts;
        this.reports = reports;
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<PersonalDataSection> describe(UUID accountId, Locale locale) {
        var dates = DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm", locale).withZone(ZONE);
        return posts.findByAuthorAccountIdOrderByCreatedAtDesc(accountId).stream()
                .map(post -> {
                    var content = post.content();
                    var items = new ArrayList<PersonalDataSection.Item>();
                    items.add(item("help.post.data.text", content.text(), locale));
                    items.add(item("help.post.data.firstName", content.firstName(), locale));
                    items.add(item(
                            "help.post.data.status",
                            messages.getMessage(
                                    "help.post.status." + post.status().name(), null, locale),
                            locale));
                    items.add(item("help.post.data.created", dates.format(post.createdAt()), locale));
                    if (post.publishedAt() != null) {
                        items.add(item("help.post.data.published", dates.format(post.publishedAt()), locale));
                    }
                    if (post.closedAt() != null) {
                        items.add(item("help.post.data.closed", dates.format(post.closedAt()), locale));
                    }
                    var title = messages.getMessage(
                            "help.post.data.title",
                            new Object[] {
                                messages.getMessage(
                                        "help.post.kind." + post.kind().name(), null, locale)
                            },
                            locale);
                    return new PersonalDataSection(title, items);
                })
                .toList();
    }

    @Override
    @Transactional
    public void erase(UUID accountId) {
        var now = clock.instant();
        for (var post : posts.findByAuthorAccountIdOrderByCreatedAtDesc(accountId)) {
            if (post.anonymisedAt() != null) {
                continue;
            }
            if (post.status() != PostStatus.CLOSED && post.status() != PostStatus.REFUSED) {
                post.close(CloseReason.OTHER, now);
            }
            post.anonymise(now);
            reports.deleteByPostId(post.id());
        }
    }

    private PersonalDataSection.Item item(String key, String value, Locale locale) {
        return new PersonalDataSection.Item(messages.getMessage(key, null, locale), value);
    }
}
