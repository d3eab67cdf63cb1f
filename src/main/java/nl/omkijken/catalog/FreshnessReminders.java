package nl.omkijken.catalog;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import nl.omkijken.area.Areas;
import nl.omkijken.identity.IdentityProperties;
import nl.omkijken.notification.Mail;
import nl.omkijken.notification.Outbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Asks providers, by mail, whether their published offerings are still right, with a signed one-click link. The
 * mail goes through the outbox in the same transaction that records the reminder.
 */
@Component
class FreshnessReminders {

    private static final Logger log = LoggerFactory.getLogger(FreshnessReminders.class);
    private static final Locale DUTCH = Locale.forLanguageTag("nl");
    private static final int PER_RUN = 500;

    private final OfferingRepository offerings;
    private final ProviderRepository providers;
    private final ConfirmationLinks links;
    private final Outbox outbox;
    private final MessageSource messages;
    private final CatalogProperties settings;
    private final IdentityProperties site;
    private final Areas areas;
    private final Clock clock;

    private final ApplicationEventPublisher events;

    FreshnessReminders(
            OfferingRepository offerings,
            ProviderRepository providers,
            ConfirmationLinks links,
            Outbox outbox,
            MessageSource messages,
            CatalogProperties settings,
            IdentityProperties site,
            Areas areas,
            Clock clock,
            ApplicationEventPublisher events) {
        this.offerings = offerings;
        this.providers = providers;
        this.links = links;
        this.outbox = outbox;
        this.messages = messages;
        this.settings = settings;
        this.site = site;
        this.areas = areas;
        this.clock = clock;
        this.events = events;
    }

    /** Sends the reminders that are due and returns how many were queued. */
    @Scheduled(cron = "${omkijken.catalog.remind-at:0 0 7 * * *}", zone = "Europe/Amsterdam")
    @Transactional
    public int remind() {
        var now = clock.instant();
        var due = offerings.dueForReminder(
                areas.municipality().code(),
                LocalDate.now(clock).minus(settings.remindAfter()),
                now.minus(settings.remindEvery()),
                PageRequest.of(0, PER_RUN));
        var queued = 0;
        for (var offering : due) {
            var email = providers
                    .findById(offering.providerId())
                    .map(p -> p.details().email())
                    .orElse(null);
            if (email == null || email.isBlank()) {
                log.info("No reminder for offering {}: its provider has no e-mail address", offering.id());
            } else {
                outbox.enqueue(mail(email, offering));
                queued++;
            }
            offering.reminded(now);
        }
        return queued;
    }

    /** The title of a published offering, for the confirmation page; empty when it is not published. */
    @Transactional(readOnly = true)
    public Optional<String> titleOf(UUID offeringId) {
        return offerings
                .findById(offeringId)
                .filter(o -> o.reviewState() == ReviewState.PUBLISHED)
                .map(Offering::title);
    }

    /** Confirms a published offering from a reminder link; returns its title, or empty when it is not public. */
    @Transactional
    public Optional<String> confirm(UUID offeringId) {
        var offering = offerings.findById(offeringId).filter(o -> o.reviewState() == ReviewState.PUBLISHED);
        offering.ifPresent(o -> {
            o.confirm(LocalDate.now(clock));
            events.publishEvent(new OfferingChanged(o.id()));
        });
        return offering.map(Offering::title);
    }

    private Mail mail(String email, Offering offering) {
        var confirm = site.publicUrl().resolve("/aanbod-bevestigen?" + links.queryFor(offering.id()));
        var edit = site.publicUrl().resolve("/aanbieder/" + offering.providerId() + "/aanbod/" + offering.id());
        return new Mail(
                email,
                messages.getMessage("freshness.mail.subject", new Object[] {offering.title()}, DUTCH),
                messages.getMessage(
                        "freshness.mail.body",
                        new Object[] {offering.title(), offering.lastConfirmedOn(), confirm, edit},
                        DUTCH));
    }
}
