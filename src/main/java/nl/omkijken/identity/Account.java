package nl.omkijken.identity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * A person who can sign in. Residents browse without one; accounts are for staff, volunteers and residents who
 * choose to have one.
 */
@Entity
class Account {

    private static final Set<Role> OWN_ROLES = EnumSet.of(Role.RESIDENT, Role.VOLUNTEER);

    @Id
    private UUID id;

    private String municipalityCode;
    private String email;
    private String displayName;
    private String passwordHash;
    private String oidcSubject;
    private boolean enabled;
    private boolean demo;
    private Instant createdAt;
    private Instant lastLoginAt;
    private Instant erasedAt;
    private Instant emailConfirmedAt;

    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_membership", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "organisation_id")
    private Set<UUID> organisationIds = new HashSet<>();

    protected Account() {}

    private Account(String municipalityCode, String email, String displayName, Instant now) {
        this.id = UUID.randomUUID();
        this.municipalityCode = municipalityCode;
        this.email = normalise(email);
        this.displayName = displayName.strip();
        this.createdAt = now;
    }

    /** An account that becomes usable once the person sets a password through the invitation link. */
    static Account invited(String municipalityCode, String email, String displayName, Instant now) {
        var account = new Account(municipalityCode, email, displayName, now);
        account.enabled = true;
        return account;
    }

    /** A resident who confirmed their address with a sign-in link: no password, the next link signs them in. */
    static Account byEmailLink(String municipalityCode, String email, String displayName, Instant now) {
        var account = new Account(municipalityCode, email, displayName, now);
        account.enabled = true;
        account.emailConfirmedAt = now;
        account.roles.add(Role.RESIDENT);
        return account;
    }

    /** A demonstration account with a known password, for the embedded default only. */
    static Account demo(String municipalityCode, String email, String displayName, String passwordHash, Instant now) {
        var account = new Account(municipalityCode, email, displayName, now);
        account.passwordHash = passwordHash;
        account.enabled = true;
        account.demo = true;
        return account;
    }

    /** An account made at the first sign-in through the identity provider. */
    static Account fromIdentityProvider(
            String municipalityCode, String email, String displayName, String subject, Instant now) {
        var account = new Account(municipalityCode, email, displayName, now);
        account.oidcSubject = subject;
        account.enabled = true;
        return account;
    }

    static String normalise(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    void acceptInvitation(String newPasswordHash) {
        this.passwordHash = newPasswordHash;
    }

    void changeRoles(Set<Role> newRoles) {
        roles.clear();
        roles.addAll(newRoles);
    }

    void changeMemberships(Set<UUID> newOrganisationIds) {
        organisationIds.clear();
        organisationIds.addAll(newOrganisationIds);
    }

    void rename(String newDisplayName) {
        this.displayName = newDisplayName.strip();
    }

    void deactivate() {
        this.enabled = false;
    }

    void reactivate() {
        if (erasedAt != null) {
            throw new IllegalStateException("Account " + id + " was erased");
        }
        this.enabled = true;
    }

    /**
     * Whether the person may erase this account themselves: residents and volunteers may; staff accounts are the
     * administrator's to remove, and demo accounts stay so that the demo keeps working.
     */
    boolean erasableByOwner() {
        return !demo && erasedAt == null && OWN_ROLES.containsAll(roles);
    }

    /**
     * Forgets who this was. The row stays, because help posts and conversations still point at it for the anonymous
     * figures; the address becomes one that never delivers and never matches a sign-in.
     */
    void erase(Instant now) {
        if (!erasableByOwner()) {
            throw new IllegalStateException("Account " + id + " cannot be erased by its owner");
        }
        email = "verwijderd-" + UUID.randomUUID() + "@invalid";
        displayName = "";
        passwordHash = null;
        oidcSubject = null;
        enabled = false;
        lastLoginAt = null;
        roles.clear();
        organisationIds.clear();
        erasedAt = now;
    }

    void linkIdentityProvider(String subject) {
        this.oidcSubject = subject;
    }

    void recordLogin(Instant now) {
        this.lastLoginAt = now;
    }

    boolean isPending() {
        return passwordHash == null && oidcSubject == null && emailConfirmedAt == null;
    }

    /** Whether a sign-in link may sign this account in: a resident's or volunteer's, in use, not a demo. */
    boolean signsInByLink() {
        return enabled && !demo && erasedAt == null && OWN_ROLES.containsAll(roles);
    }

    void confirmEmail(Instant now) {
        if (emailConfirmedAt == null) {
            emailConfirmedAt = now;
        }
    }

    UUID id() {
        return id;
    }

    String municipalityCode() {
        return municipalityCode;
    }

    String email() {
        return email;
    }

    String displayName() {
        return displayName;
    }

    String passwordHash() {
        return passwordHash;
    }

    boolean enabled() {
        return enabled;
    }

    boolean demo() {
        return demo;
    }

    Instant lastLoginAt() {
        return lastLoginAt;
    }

    Instant createdAt() {
        return createdAt;
    }

    boolean erased() {
        return erasedAt != null;
    }

    long version() {
        return version;
    }

    Set<Role> roles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    Set<UUID> organisationIds() {
        return Set.copyOf(organisationIds);
    }
}
