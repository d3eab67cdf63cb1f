package nl.omkijken.identity;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/** Password sign-in that refuses a user name for a while after repeated failures. */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private static final Logger log = LoggerFactory.getLogger(ThrottledAuthenticationProvider.class);

    private final AuthenticationProvider passwords;
    private final LoginThrottle throttle;

    ThrottledAuthenticationProvider(AuthenticationProvider passwords, LoginThrottle throttle) {
        this.passwords = passwords;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        var userName = authentication.getName();
        if (throttle.isBlocked(userName)) {
            log.warn("Sign-in refused for {}: blocked after repeated failures", masked(userName));
            throw new LockedException("Too many failed attempts");
        }
        try {
            var result = passwords.authenticate(authentication);
            throttle.recordSuccess(userName);
            log.info("Signed in: {}", masked(userName));
            return result;
        } catch (AuthenticationException e) {
            throttle.recordFailure(userName);
            log.info("Sign-in failed for {}: {}", masked(userName), e.getClass().getSimpleName());
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    /** Enough of the address to follow one person through the log, not enough to read it. */
    static String masked(String userName) {
        if (userName == null || userName.isBlank()) {
            return "(empty)";
        }
        var at = userName.indexOf('@');
        var visible = Math.min(2, at > 0 ? at : userName.length());
        return userName.substring(0, visible) + "***" + (at > 0 ? userName.substring(at) : "");
    }
}
