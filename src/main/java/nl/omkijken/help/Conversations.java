package nl.omkijken.help;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import nl.omkijken.area.Areas;
import nl.omkijken.catalog.Kind;
import nl.omkijken.catalog.PublicOffering;
import nl.omkijken.catalog.PublicOfferings;
import nl.omkijken.identity.AccountSummary;
import nl.omkijken.identity.Accounts;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * Reacting to a help post or a volunteer vacancy, and the conversation that follows. Every message is relayed by
 * e-mail to the other side without either address; the owner of a vacancy, who has no account, answers through a
 * secret link. A conversation is reachable only by its two sides: anybody else gets "not found", the same as for
 * one that never existed.
 */
@Service
@Transactional
class Conversations {

    /** New reactions and interests one account may send in a day. */
    static final int REACTIONS_PER_DAY = 5;

    /** Messages one person may write in an hour, in all their conversations together. */
    static final int MESSAGES_PER_HOUR = 30;

    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    private final ConversationRepository conversations;
    private final ConversationMessageRepository messages;
    private final SenderBlockRepository blocks;
    private final HelpPostRepository posts;
    private final PublicOfferings offerings;
    private final Accounts accounts;
    private final RelayMail mail;
    private final MessageSource texts;
    private final ApplicationEventPublisher events;
    private final Areas areas;
    private final Clock clock;

    Conversations(
            ConversationRepository conversations,
            ConversationMessageRepository messages,
            SenderBlockRepository blocks,
            HelpPostRepository posts,
            PublicOfferings offerings,
            Accounts accounts,
            RelayMail mail,
            MessageSource texts,
            ApplicationEventPublisher events,
            Areas areas,
            Clock clock) {
        this.conversations = conversations;
        this.messages = messages;
        this.blocks = blocks;
        this.posts = posts;
        this.offerings = offerings;
        this.accounts = accounts;
        this.mail = mail;
        this.texts = texts;
        this.events = events;
        this.areas = areas;
        this.clock = clock;
    }

    /** One side of one conversation, checked: the signed-in reactor or owner, or the holder of the owner's link. */
    record Access(UUID conversationId, Side side) {}

    /** What may be reacted to, for the form's heading, or why not. */
    record Opening(String subject, Optional<UUID> existing, Optional<String> refusal) {}

    @Transactional(readOnly = true)
    Opening openingForPost(AccountSummary me, UUID postId) {
        var post = publicPost(postId);
        var existing = conversations
                .findFirstByPostIdAndReactorAccountIdAndAnonymisedAtIsNull(postId, me.id())
                .map(Conversation::id);
        return new Opening(subjectOf(post), existing, existing.isPresent() ? Optional.empty() : refusal(me, post));
    }

    @Transactional(readOnly = true)
    Opening openingForVacancy(AccountSummary me, UUID offeringId) {
        var vacancy = vacancy(offeringId);
        var existing = conversations
                .findFirstByOfferingIdAndReactorAccountIdAndAnonymisedAtIsNull(offeringId, me.id())
                .map(Conversation::id);
        return new Opening(vacancy.title(), existing, existing.isPresent() ? Optional.empty() : refusal(me, vacancy));
    }

    /** Starts a conversation with the post's author; throws {@link ReactionRefused} when it may not. */
    UUID reactToPost(AccountSummary me, UUID postId, String text) {
        var post = publicPost(postId);
        var existing = conversations.findFirstByPostIdAndReactorAccountIdAndAnonymisedAtIsNull(postId, me.id());
        if (existing.isPresent()) {
            write(new Access(existing.get().id(), Side.REACTOR), text);
            return existing.get().id();
        }
        refusal(me, post).ifPresent(code -> {
            throw new ReactionRefused(code);
        });
        var now = clock.instant();
        var conversation = conversations.save(Conversation.aboutPost(post, subjectOf(post), me.id(), now));
        if (post.status() == PostStatus.OPEN) {
            post.markInContact();
        }
        events.publishEvent(new HelpActivity(
                HelpActivity.Type.REACTION, MatchKind.POST, conversation.category(), conversation.districtCode(), now));
        firstMessage(conversation, text);
        return conversation.id();
    }

    /** Starts a conversation with a vacancy's contact, who answers through a secret link. */
    UUID interestInVacancy(AccountSummary me, UUID offeringId, String text) {
        var vacancy = vacancy(offeringId);
        var existing = conversations.findFirstByOfferingIdAndReactorAccountIdAndAnonymisedAtIsNull(offeringId, me.id());
        if (existing.isPresent()) {
            write(new Access(existing.get().id(), Side.REACTOR), text);
            return existing.get().id();
        }
        refusal(me, vacancy).ifPresent(code -> {
            throw new ReactionRefused(code);
        });
        var now = clock.instant();
        var district = vacancy.places().stream()
                .map(PublicOffering.Place::districtCode)
                .filter(code -> code != null)
                .findFirst()
                .orElse(null);
        var contactName = vacancy.contactName() == null || vacancy.contactName().isBlank()
                ? vacancy.providerName()
                : vacancy.contactName();
        var conversation = conversations.save(Conversation.aboutVacancy(
                areas.municipality().code(),
                offeringId,
                vacancy.title(),
                district,
                contactName,
                vacancy.contactEmail().strip(),
                SecretLinks.newToken(),
                me.id(),
                now));
        events.publishEvent(new HelpActivity(HelpActivity.Type.REACTION, MatchKind.VACANCY, null, district, now));
        firstMessage(conversation, text);
        return conversation.id();
    }

    /** The signed-in person's side of the conversation; not found for anybody else. */
    @Transactional(readOnly = true)
    Access as(AccountSummary me, UUID id) {
        var conversation =
                conversations.findById(id).filter(c -> c.anonymisedAt() == null).orElseThrow(Conversations::notFound);
        if (me.id().equals(conversation.reactorAccountId())) {
            return new Access(id, Side.REACTOR);
        }
        if (me.id().equals(conversation.ownerAccountId())) {
            return new Access(id, Side.OWNER);
        }
        throw notFound();
    }

    /** The owner's side, for the holder of the link a vacancy's contact received. */
    @Transactional(readOnly = true)
    Access byLink(String token) {
        if (!SecretLinks.wellFormed(token)) {
            throw notFound();
        }
        return conversations
                .findByOwnerToken(token)
                .filter(c -> c.anonymisedAt() == null)
                .map(c -> new Access(c.id(), Side.OWNER))
                .orElseThrow(Conversations::notFound);
    }

    @Transactional(readOnly = true)
    List<Conversation> of(AccountSummary me) {
        return conversations.findFor(me.id());
    }

    @Transactional(readOnly = true)
    Conversation conversation(Access access) {
        return conversations.findById(access.conversationId()).orElseThrow(Conversations::notFound);
    }

    @Transactional(readOnly = true)
    List<ConversationMessage> messages(Access access) {
        return messages.findByConversationIdOrderByCreatedAt(access.conversationId());
    }

    /** Adds a message and relays it; throws {@link ReactionRefused} when the conversation ended or for a flood. */
    void write(Access access, String text) {
        var conversation = conversation(access);
        if (!conversation.isOpen()) {
            throw new ReactionRefused("help.conversation.ended");
        }
        var now = clock.instant();
        var hourAgo = now.minus(Duration.ofHours(1));
        var written = access.side() == Side.REACTOR
                ? messages.countWrittenBySince(conversation.reactorAccountId(), hourAgo)
                : conversation.ownerAccountId() != null
                        ? messages.countWrittenBySince(conversation.ownerAccountId(), hourAgo)
                        : messages.countByConversationIdAndSideAndCreatedAtAfter(
                                conversation.id(), Side.OWNER, hourAgo);
        if (written >= MESSAGES_PER_HOUR) {
            throw new ReactionRefused("help.message.text.flood");
        }
        conversation.wrote(now);
        messages.save(new ConversationMessage(conversation.id(), access.side(), text, now));
        mail.relay(conversation, access.side(), text, false);
    }

    /** This side shares its contact details; when both have, both are told by mail. */
    void share(Access access) {
        var conversation = conversation(access);
        if (conversation.shares(access.side()) || conversation.anonymisedAt() != null) {
            return;
        }
        if (!conversation.isOpen() && conversation.matchedAt() == null) {
            throw new ReactionRefused("help.conversation.ended");
        }
        conversation.share(access.side());
        if (conversation.bothShare()) {
            mail.shared(conversation);
        }
    }

    /** Ends the conversation for both, and neither can start a new one with the other. */
    void block(Access access) {
        var conversation = conversation(access);
        if (conversation.blockedBy() != null) {
            return;
        }
        var now = clock.instant();
        conversation.block(access.side(), now);
        var reactor = SenderBlock.of(conversation.reactorAccountId());
        var owner = ownerKey(conversation);
        if (!blocks.between(reactor, owner)) {
            blocks.save(
                    access.side() == Side.REACTOR
                            ? new SenderBlock(reactor, owner, now)
                            : new SenderBlock(owner, reactor, now));
        }
    }

    /** Ends the conversation; the other side hears so, without a reason. */
    void close(Access access) {
        var conversation = conversation(access);
        if (conversation.closedAt() != null) {
            return;
        }
        conversation.close(clock.instant());
        mail.closed(conversation, access.side());
    }

    /**
     * The owner says the two found each other: the post shows that someone was found, and both are asked later
     * whether it worked out. Only the owner can, so nobody marks someone else's request as done.
     */
    void match(Access access) {
        var conversation = conversation(access);
        if (access.side() != Side.OWNER) {
            throw notFound();
        }
        if (conversation.matchedAt() != null) {
            return;
        }
        if (!conversation.isOpen()) {
            throw new ReactionRefused("help.conversation.ended");
        }
        var now = clock.instant();
        conversation.match(now);
        if (conversation.postId() != null) {
            posts.findById(conversation.postId())
                    .filter(p -> p.status().takesReactions())
                    .ifPresent(HelpPost::markMatched);
        }
        var reactor = accounts.find(conversation.reactorAccountId());
        var owner = conversation.ownerAccountId() == null
                ? Optional.<AccountSummary>empty()
                : accounts.find(conversation.ownerAccountId());
        events.publishEvent(new HelpMatched(
                conversation.id(),
                conversation.kind(),
                conversation.category(),
                conversation.districtCode(),
                now,
                List.of(
                        new HelpMatched.MatchedPerson(
                                reactor.map(a -> ConversationNames.firstName(a.displayName()))
                                        .orElse(""),
                                reactor.map(AccountSummary::email).orElse(null)),
                        new HelpMatched.MatchedPerson(
                                conversation.ownerName(),
                                owner.map(AccountSummary::email).orElse(conversation.ownerEmail())))));
        events.publishEvent(new HelpActivity(
                HelpActivity.Type.MATCH,
                conversation.kind(),
                conversation.category(),
                conversation.districtCode(),
                now));
        mail.matched(conversation);
    }

    private void firstMessage(Conversation conversation, String text) {
        messages.save(new ConversationMessage(conversation.id(), Side.REACTOR, text, conversation.createdAt()));
        mail.relay(conversation, Side.REACTOR, text, true);
    }

    private Optional<String> refusal(AccountSummary me, HelpPost post) {
        if (me.id().equals(post.replyAccountId())) {
            return Optional.of("help.reaction.refused.own");
        }
        if (!post.status().takesReactions()) {
            return Optional.of("help.reaction.refused.closed");
        }
        if (post.replyAccountId() == null
                || blocks.between(SenderBlock.of(me.id()), SenderBlock.of(post.replyAccountId()))) {
            return Optional.of("help.reaction.refused.blocked");
        }
        return flood(me);
    }

    private Optional<String> refusal(AccountSummary me, PublicOffering vacancy) {
        if (blocks.between(SenderBlock.of(me.id()), SenderBlock.ofEmail(vacancy.contactEmail()))) {
            return Optional.of("help.reaction.refused.blocked");
        }
        return flood(me);
    }

    private Optional<String> flood(AccountSummary me) {
        var since = clock.instant().minus(Duration.ofDays(1));
        return conversations.countByReactorAccountIdAndCreatedAtAfter(me.id(), since) >= REACTIONS_PER_DAY
                ? Optional.of("help.reaction.refused.flood")
                : Optional.empty();
    }

    private HelpPost publicPost(UUID postId) {
        return posts.findById(postId)
                .filter(p -> p.status().isPublic() || p.status() == PostStatus.CLOSED && p.anonymisedAt() == null)
                .orElseThrow(Conversations::notFound);
    }

    /** A public volunteer vacancy with an e-mail address to reach; any other offering is not found. */
    private PublicOffering vacancy(UUID offeringId) {
        return offerings
                .find(offeringId)
                .filter(o -> o.kind() == Kind.VOLUNTEER_VACANCY)
                .filter(o -> o.contactEmail() != null && !o.contactEmail().isBlank())
                .orElseThrow(Conversations::notFound);
    }

    private String subjectOf(HelpPost post) {
        var content = post.content();
        return texts.getMessage(
                "help.post.kind." + post.kind().name() + ".by",
                new Object[] {
                    content.firstName(), texts.getMessage(content.category().messageKey(), null, DUTCH)
                },
                DUTCH);
    }

    private static String ownerKey(Conversation conversation) {
        return conversation.ownerAccountId() != null
                ? SenderBlock.of(conversation.ownerAccountId())
                : SenderBlock.ofEmail(conversation.ownerEmail());
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
