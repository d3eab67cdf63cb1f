package nl.omkijken.identity;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** One-time links with which invited people choose their password. */
@Service
@Transactional
class Invitations {

    private final InvitationRepository invitations;
    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final IdentityProperties properties;
    private final Clock clock;

    Invitations(
            InvitationRepository invitations,
            AccountRepository accounts,
            PasswordEncoder passwordEncoder,
            IdentityProperties properties,
            Clock clock) {
        this.invitations = invitations;
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.properties = properties;
        this.clock = clock;
    }

    /** Makes a new link for the account and returns it; only the token's hash is stored. */
    String issue(UUID accountId) {
        var token = InvitationTokens.newToken();
        invitations.save(new Invitation(
                accountId, InvitationTokens.hash(token), clock.instant(), properties.invitationValidity()));
        return properties.publicUrl().resolve("/uitnodiging/" + token).toString();
    }

    /** The name of the invited person, if the token is a usable invitation. */
    @Transactional(readOnly = true)
    Optional<String> invitee(String token) {
        return usable(token).flatMap(i -> accounts.findById(i.accountId())).map(Account::displayName);
    }

    /** Sets the password; false when the link is used, expired or unknown, or the account was switched off. */
    boolean accept(String token, String password) {
        var invitation = usable(token);
        if (invitation.isEmpty()) {
            return false;
        }
        var account = accounts.findById(invitation.get().accountId()).orElseThrow();
        if (!account.enabled()) {
            return false;
        }
        invitation.get().accept(clock.instant());
        account.acceptInvitation(passwordEncoder.encode(password));
        return true;
    }

    private Optional<Invitation> usable(String token) {
        return invitations.findByTokenHash(InvitationTokens.hash(token)).filter(i -> i.isUsable(clock.instant()));
    }
}
