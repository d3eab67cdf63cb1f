package nl.omkijken.identity;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import nl.omkijken.area.Areas;
import nl.omkijken.notification.Mail;
import nl.omkijken.notification.Outbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Signing in without a password, for residents and volunteers: they give their e-mail address (and, the first time,
 * their first name), get a link that works once for {@link #VALID_FOR}, and the link signs them in. The first link
 * confirms the address and makes the account. Whether an address has an account is never shown: every request gets
 * the same answer. Staff sign in with their password or their organisation's identity provider.
 */
@Service
@Transactional
class EmailSignIn {

    static final Duration VALID_FOR = Duration.ofMinutes(30);

    /** Links one address may be sent in an hour; more are not sent, and the page says the same. */
    static final int PER_ADDRESS_PER_HOUR = 3;

    private static final Logger log = LoggerFactory.getLogger(EmailSignIn.class);
    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    private final SignInLinkRepository links;
    private final AccountRepository accounts;
    private final Outbox outbox;
    private final MessageSource messages;
    private final IdentityProperties site;
    private final Areas areas;
    private final Clock clock;

    EmailSignIn(
            SignInLinkRepository links,
            AccountRepository accounts,
            Outbox outbox,
            MessageSource messages,
            IdentityProperties site,
            Areas areas,
            Clock clock) {
        this.links = links;
        this.accounts = accounts;
        this.outbox = outbox;
        this.messages = messages;
        this.site = site;
        this.areas = areas;
        this.clock = clock;
    }

    /** What became of a link. */
    enum Outcome {
        SIGNED_IN,
        USED,
        EXPIRED,
        NOT_FOR_THIS_ACCOUNT
    }

    /** The account a link signed in and where to go next, or why it did not. */
    record Result(Outcome outcome, AccountSummary account, String next) {}

    /** Sends a link to the address when it may have one, or a mail saying how staff sign in; nothing for a flood. */
    void request(String email, String firstName, String next) {
        var municipality = areas.municipality().code();
        var address = Account.normalise(email);
        var now = clock.instant();
        if (links.countByMunicipalityCodeAndEmailAndCreatedAtAfter(
                        municipality, address, now.minus(Duration.ofHours(1)))
                >= PER_ADDRESS_PER_HOUR) {
            log.info("No sign-in link for {}: too many this hour", ThrottledAuthenticationProvider.masked(address));
            return;
        }
        var account = accounts.findByMunicipalityCodeAndEmail(municipality, address);
        if (account.isPresent() && !account.get().signsInByLink()) {
            outbox.enqueue(new Mail(
                    address,
                    messages.getMessage("emailLink.mail.staff.subject", null, DUTCH),
                    messages.getMessage(
                            "emailLink.mail.staff.body",
                            new Object[] {
                                site.publicUrl()
                                        .resolve(SecurityConfiguration.LOGIN_PAGE)
                                        .toString()
                            },
                            DUTCH)));
            return;
        }
        var token = InvitationTokens.newToken();
        var name = account.map(Account::displayName).orElse(firstName == null ? "" : firstName.strip());
        links.save(new SignInLink(
                municipality, InvitationTokens.hash(token), address, name, safe(next), now, now.plus(VALID_FOR)));
        var link = site.publicUrl()
                .resolve(EmailSignInController.PATH + "/" + token)
                .toString();
        var greeting = name.isBlank() ? "" : " " + name.split("\\s+")[0];
        outbox.enqueue(new Mail(
                address,
                messages.getMessage("emailLink.mail.subject", null, DUTCH),
                messages.getMessage(
                        "emailLink.mail.body", new Object[] {greeting, link, VALID_FOR.toMinutes()}, DUTCH)));
    }

    /** Whether the link exists; a wrong token is not found, the same as one that never existed. */
    @Transactional(readOnly = true)
    boolean exists(String token) {
        return wellFormed(token) && links.existsByTokenHash(InvitationTokens.hash(token));
    }

    /** Uses the link once: makes the account on the first one, confirms the address, and says whom to sign in. */
    Optional<Result> use(String token) {
        return find(token).map(link -> {
            var now = clock.instant();
            if (link.used()) {
                return new Result(Outcome.USED, null, null);
            }
            if (link.expired(now)) {
                return new Result(Outcome.EXPIRED, null, null);
            }
            link.use(now);
            var account = accounts.findByMunicipalityCodeAndEmail(link.municipalityCode(), link.email())
                    .orElseGet(() -> accounts.save(
                            Account.byEmailLink(link.municipalityCode(), link.email(), nameFor(link), now)));
            if (!account.signsInByLink()) {
                return new Result(Outcome.NOT_FOR_THIS_ACCOUNT, null, null);
            }
            account.confirmEmail(now);
            account.recordLogin(now);
            return new Result(Outcome.SIGNED_IN, AccountSummary.of(account), link.nextPath());
        });
    }

    /** Every night, links that expired a day ago go. */
    @Scheduled(cron = "${omkijken.identity.clean-links-at:0 15 4 * * *}", zone = "Europe/Amsterdam")
    public void forgetOldLinks() {
        links.deleteByExpiresAtBefore(clock.instant().minus(Duration.ofDays(1)));
    }

    private Optional<SignInLink> find(String token) {
        return wellFormed(token) ? links.findByTokenHash(InvitationTokens.hash(token)) : Optional.empty();
    }

    private static boolean wellFormed(String token) {
        return token != null && token.matches("[A-Za-z0-9_-]{43}");
    }

    private static String nameFor(SignInLink link) {
        if (!link.displayName().isBlank()) {
            return link.displayName();
        }
        var local = link.email().substring(0, link.email().indexOf('@'));
        return local.length() > 40 ? local.substring(0, 40) : local;
    }

    /** Only a path on this site; anything else goes to the start page after signing in. */
    static String safe(String next) {
        if (next == null
                || !next.startsWith("/")
                || next.startsWith("//")
                || next.contains("\\")
                || next.length() > 500
                || next.chars().anyMatch(Character::isISOControl)) {
            return null;
        }
        return next;
    }
}
