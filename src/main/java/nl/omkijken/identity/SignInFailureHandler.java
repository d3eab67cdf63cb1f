package nl.omkijken.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * Sends a failed sign-in back to the form. One message covers a wrong password, an unknown address and a
 * switched-off account, so that the form never tells whether an address has an account.
 */
class SignInFailureHandler implements AuthenticationFailureHandler {

    private final DefaultRedirectStrategy redirect = new DefaultRedirectStrategy();

    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        var reason = exception instanceof LockedException ? "geblokkeerd" : "fout";
        redirect.sendRedirect(request, response, SecurityConfiguration.LOGIN_PAGE + "?" + reason);
    }
}
