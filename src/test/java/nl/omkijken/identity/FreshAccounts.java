package nl.omkijken.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;

/**
 * Accounts made for one test. Their addresses are unique, because CI may run the tests again on the same database,
 * and because the sign-in throttle counts per address for the whole shared context.
 */
final class FreshAccounts {

    private FreshAccounts() {}

    static String uniqueEmail(String purpose) {
        return purpose + "-" + UUID.randomUUID() + "@omkijken.test";
    }

    /** Invites someone and sets their password through the invitation, as the invited person would. */
    static AccountAdministration.Invited activated(
            AccountAdministration administration, Invitations invitations, String password, Role... roles) {
        var invited = administration
                .invite(uniqueEmail("test"), "Testpersoon", Set.of(roles), Set.of())
                .orElseThrow();
        assertThat(invitations.accept(token(invited.link()), password)).isTrue();
        return invited;
    }

    /** The token at the end of an invitation link. */
    static String token(String link) {
        return link.substring(link.lastIndexOf('/') + 1);
    }
}
