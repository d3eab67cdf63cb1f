package nl.omkijken.help;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import nl.omkijken.area.Areas;
import nl.omkijken.identity.IdentityProperties;
import nl.omkijken.notification.Mail;
import nl.omkijken.notification.Outbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Is het gelukt?": {@code omkijken.help.outcome-after} (14 days) after a match, each side gets one short question
 * by mail with a link to answer it, no account needed. The answers count, without names, per wijk and category.
 */
@Service
class OutcomeQuestions {

    /** How long the answer link works after the mail went out. */
    static final Duration ANSWER_WITHIN = Duration.ofDays(60);

    private static final Logger log = LoggerFactory.getLogger(OutcomeQuestions.class);
    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    private final OutcomeQuestionRepository questions;
    private final Outbox outbox;
    private final MessageSource messages;
    private final IdentityProperties site;
    private final HelpProperties settings;
    private final Areas areas;
    private final Clock clock;

    OutcomeQuestions(
            OutcomeQuestionRepository questions,
            Outbox outbox,
            MessageSource messages,
            IdentityProperties site,
            HelpProperties settings,
            Areas areas,
            Clock clock) {
        this.questions = questions;
        this.outbox = outbox;
        this.messages = messages;
        this.site = site;
        this.settings = settings;
        this.areas = areas;
        this.clock = clock;
    }

    /** Plans the question for both sides, in the transaction that records the match. */
    @EventListener
    void on(HelpMatched match) {
        var due = match.matchedAt().plus(settings.outcomeAfter());
        var people = match.people();
        for (var i = 0; i < people.size(); i++) {
            var person = people.get(i);
            if (person.email() == null || person.email().isBlank()) {
                continue;
            }
            var other = people.size() == 2 ? people.get(1 - i).firstName() : "";
            questions.save(new OutcomeQuestion(
                    areas.municipality().code(),
                    match,
                    person,
                    Objects.requireNonNullElse(other, ""),
                    SecretLinks.newToken(),
                    due));
        }
    }

    /** Mails the questions that are due, at a decent hour; returns how many went out. */
    @Scheduled(cron = "${omkijken.help.ask-outcome-at:0 0 10 * * *}", zone = "Europe/Amsterdam")
    @Transactional
    public int sendDue() {
        var now = clock.instant();
        var due = questions.findBySentAtIsNullAndDueAtLessThanEqual(now);
        for (var question : due) {
            var link = site.publicUrl().resolve("/hulp/gelukt/" + question.token());
            var args = new Object[] {question.firstName(), question.otherFirstName(), link.toString()};
            outbox.enqueue(new Mail(
                    question.email(),
                    messages.getMessage("help.outcome.mail.subject", args, DUTCH),
                    messages.getMessage("help.outcome.mail.body", args, DUTCH)));
            question.sent(now);
        }
        if (!due.isEmpty()) {
            log.info("Asked {} people whether their match worked out", due.size());
        }
        return due.size();
    }

    /** Where a link stands: open to answer, answered already, or too old. */
    enum LinkState {
        OPEN,
        ANSWERED,
        EXPIRED
    }

    /** The state of the link; empty when no question has this token. */
    @Transactional(readOnly = true)
    Optional<LinkState> state(String token) {
        return find(token).map(this::stateOf);
    }

    /** Records the answer once; a second answer or an old link changes nothing and says so. */
    @Transactional
    Optional<LinkState> answer(String token, Outcome outcome) {
        return find(token).map(question -> {
            var state = stateOf(question);
            if (state == LinkState.OPEN) {
                question.answer(outcome, clock.instant());
            }
            return state;
        });
    }

    private Optional<OutcomeQuestion> find(String token) {
        if (!SecretLinks.wellFormed(token)) {
            return Optional.empty();
        }
        return questions.findByToken(token).filter(q -> q.sentAt() != null);
    }

    private LinkState stateOf(OutcomeQuestion question) {
        if (question.isAnswered()) {
            return LinkState.ANSWERED;
        }
        return question.sentAt().plus(ANSWER_WITHIN).isBefore(clock.instant()) ? LinkState.EXPIRED : LinkState.OPEN;
    }
}
