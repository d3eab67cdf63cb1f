package nl.omkijken.identity;

import java.util.Optional;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/** Who is signed in on the current request. */
@Service
public class Accounts {

    /** The signed-in person, or empty for an anonymous visitor. */
    public Optional<AccountSummary> current() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof SignedIn signedIn) {
            return Optional.of(signedIn.account());
        }
        return Optional.empty();
    }
}
