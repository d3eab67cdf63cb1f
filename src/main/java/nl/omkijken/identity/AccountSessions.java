package nl.omkijken.identity;

import java.util.UUID;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;

/** The sessions an account is signed in with, in every browser, so that a change to the account reaches them all. */
@Component
class AccountSessions {

    private final SessionRegistry sessions;

    AccountSessions(SessionRegistry sessions) {
        this.sessions = sessions;
    }

    /** Signs the account out everywhere: its next request goes to the sign-in page. */
    void endAll(UUID accountId) {
        sessions.getAllPrincipals().stream()
                .filter(p -> p instanceof SignedIn s && s.account().id().equals(accountId))
                .flatMap(p -> sessions.getAllSessions(p, false).stream())
                .forEach(SessionInformation::expireNow);
    }
}
