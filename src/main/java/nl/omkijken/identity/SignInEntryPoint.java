package nl.omkijken.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;

/** Sends anonymous visitors of a closed page to the sign-in page, saying so when their session has expired. */
class SignInEntryPoint extends LoginUrlAuthenticationEntryPoint {

    SignInEntryPoint(String loginPage) {
        super(loginPage);
    }

    @Override
    protected String determineUrlToUseForThisRequest(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException exception) {
        var expired = request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid();
        return expired ? getLoginFormUrl() + "?verlopen" : getLoginFormUrl();
    }
}
