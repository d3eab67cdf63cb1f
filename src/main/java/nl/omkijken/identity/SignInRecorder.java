package nl.omkijken.identity;

import java.time.Clock;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Notes when an account last signed in with a password, for the administrator's overview. */
@Component
class SignInRecorder {

    private final AccountRepository accounts;
    private final Clock clock;

    SignInRecorder(AccountRepository accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    void signedIn(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof LocalSignedIn signedIn) {
            accounts.findById(signedIn.account().id()).ifPresent(account -> account.recordLogin(clock.instant()));
        }
    }
}
