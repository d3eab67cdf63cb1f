package nl.omkijken.identity;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.omkijken.identity.PersonalDataHolder.PersonalDataSection;
import nl.omkijken.identity.PersonalDataHolder.PersonalDataSection.Item;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * "Mijn gegevens": what the platform holds on a person, their account and whatever every {@link PersonalDataHolder}
 * returns, and erasing all of it at the owner's request.
 */
@Service
class OwnData {

    private static final Logger log = LoggerFactory.getLogger(OwnData.class);
    private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private final AccountRepository accounts;
    private final OrganisationRepository organisations;
    private final InvitationRepository invitations;
    private final List<PersonalDataHolder> holders;
    private final AccountSessions sessions;
    private final TransactionTemplate transactions;
    private final MessageSource messages;
    private final Clock clock;

    OwnData(
            AccountRepository accounts,
            OrganisationRepository organisations,
            InvitationRepository invitations,
            List<PersonalDataHolder> holders,
            AccountSessions sessions,
            TransactionTemplate transactions,
            MessageSource messages,
            Clock clock) {
        this.accounts = accounts;
        this.organisations = organisations;
        this.invitations = invitations;
        this.holders = List.copyOf(holders);
        this.sessions = sessions;
        this.transactions = transactions;
        this.messages = messages;
        this.clock = clock;
    }

    /** Whether, and if not why not, the owner may erase the account here. */
    enum Erasure {
        ALLOWED,
        STAFF,
        DEMO;

        public String messageKey() {
            return "mydata.erase." + name();
        }
    }

    /**
     * @param account the account itself, as a section like the others
     * @param held what the other parts of the platform hold, one section per post, conversation and so on
     */
    record Overview(PersonalDataSection account, List<PersonalDataSection> held, Erasure erasure) {

        public List<PersonalDataSection> all() {
            var all = new ArrayList<PersonalDataSection>();
            all.add(account);
            all.addAll(held);
            return all;
        }
    }

    /** The downloadable file: the same sections as the page, and when it was made. */
    record Export(String title, Instant madeAt, List<PersonalDataSection> sections) {}

    @Transactional(readOnly = true)
    Overview overview(UUID accountId, Locale locale) {
        var account = accounts.findById(accountId).filter(a -> !a.erased()).orElseThrow();
        var held = holders.stream()
                .flatMap(holder -> holder.describe(accountId, locale).stream())
                .toList();
        return new Overview(section(account, locale), held, erasure(account));
    }

    @Transactional(readOnly = true)
    Erasure erasure(UUID accountId) {
        return erasure(accounts.findById(accountId).orElseThrow());
    }

    @Transactional(readOnly = true)
    Export export(UUID accountId, Locale locale) {
        return new Export(
                text("mydata.file.title", locale),
                clock.instant(),
                overview(accountId, locale).all());
    }

    /**
     * Erases everything in one transaction: every holder first, then the account. When any step fails nothing is
     * erased. The account's sessions end only once that is committed.
     *
     * @throws IllegalStateException when the owner may not erase this account (staff, demo)
     */
    void erase(UUID accountId) {
        transactions.executeWithoutResult(status -> {
            var account = accounts.findById(accountId).orElseThrow();
            if (!account.erasableByOwner()) {
                throw new IllegalStateException("Account " + accountId + " cannot be erased by its owner");
            }
            holders.forEach(holder -> holder.erase(accountId));
            invitations.deleteByAccountId(accountId);
            account.erase(clock.instant());
            accounts.flush();
        });
        sessions.endAll(accountId);
        log.info("Account {} erased at its owner's request", accountId);
    }

    private PersonalDataSection section(Account account, Locale locale) {
        var organisationNames = organisations.findAllById(account.organisationIds()).stream()
                .map(Organisation::name)
                .sorted()
                .toList();
        var roles = account.roles().stream()
                .map(role -> text(role.messageKey(), locale))
                .collect(Collectors.joining(", "));
        var items = new ArrayList<Item>();
        items.add(item("mydata.account.name", account.displayName(), locale));
        items.add(item("mydata.account.email", account.email(), locale));
        items.add(item("mydata.account.roles", roles.isEmpty() ? text("mydata.none", locale) : roles, locale));
        items.add(item(
                "mydata.account.organisations",
                organisationNames.isEmpty() ? text("mydata.none", locale) : String.join(", ", organisationNames),
                locale));
        items.add(item(
                "mydata.account.since",
                DateTimeFormatter.ofPattern("d MMMM yyyy", locale)
                        .withZone(ZONE)
                        .format(account.createdAt()),
                locale));
        if (account.lastLoginAt() != null) {
            items.add(item(
                    "mydata.account.lastLogin",
                    DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm", locale)
                            .withZone(ZONE)
                            .format(account.lastLoginAt()),
                    locale));
        }
        return new PersonalDataSection(text("mydata.account.title", locale), items);
    }

    private static Erasure erasure(Account account) {
        if (account.demo()) {
            return Erasure.DEMO;
        }
        return account.erasableByOwner() ? Erasure.ALLOWED : Erasure.STAFF;
    }

    private Item item(String key, String value, Locale locale) {
        return new Item(text(key, locale), value);
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
