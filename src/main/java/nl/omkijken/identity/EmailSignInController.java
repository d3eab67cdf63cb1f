package nl.omkijken.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * Signing in with a link by e-mail. Opening the link shows a button, and only pressing it signs in: mail programs
 * that open links to check them would otherwise use it up.
 */
@Controller
class EmailSignInController {

    static final String PATH = "/inloggen/link";

    private final EmailSignIn emailSignIn;
    private final SessionRegistry sessions;
    private final HttpSessionSecurityContextRepository contexts = new HttpSessionSecurityContextRepository();
    private final HttpSessionRequestCache savedRequests = new HttpSessionRequestCache();

    EmailSignInController(EmailSignIn emailSignIn, SessionRegistry sessions) {
        this.emailSignIn = emailSignIn;
        this.sessions = sessions;
    }

    /** @param next where to go after signing in; by default the page that sent the visitor to sign in */
    @GetMapping(PATH)
    String form(
            @RequestParam(required = false) String next,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        var target = next != null ? EmailSignIn.safe(next) : savedPath(request, response);
        model.addAttribute("emailLinkForm", EmailLinkForm.startingAt(target));
        return "identity/email-link";
    }

    @PostMapping(PATH)
    String request(@Valid @ModelAttribute("emailLinkForm") EmailLinkForm form, BindingResult result) {
        if (result.getTarget() == null) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        if (form.isRobot()) {
            return "redirect:" + PATH + "/verstuurd";
        }
        if (result.hasErrors()) {
            return "identity/email-link";
        }
        emailSignIn.request(form.email(), form.firstName(), form.next());
        return "redirect:" + PATH + "/verstuurd";
    }

    @GetMapping(PATH + "/verstuurd")
    String sent(Model model) {
        model.addAttribute("minutes", EmailSignIn.VALID_FOR.toMinutes());
        return "identity/email-link-sent";
    }

    @GetMapping(PATH + "/{token}")
    String confirm(@PathVariable String token, Model model) {
        if (!emailSignIn.exists(token)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        model.addAttribute("action", PATH + "/" + token);
        model.addAttribute("state", "OPEN");
        return "identity/email-link-confirm";
    }

    @PostMapping(PATH + "/{token}")
    String use(@PathVariable String token, HttpServletRequest request, HttpServletResponse response, Model model) {
        var result = emailSignIn.use(token).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (result.outcome() != EmailSignIn.Outcome.SIGNED_IN) {
            response.setStatus(HttpStatus.GONE.value());
            model.addAttribute("state", result.outcome().name());
            return "identity/email-link-confirm";
        }
        signIn(result.account(), request, response);
        return "redirect:" + (result.next() == null ? "/" : result.next());
    }

    /** Signs in as the account on this request's session, under a new session id. */
    private void signIn(AccountSummary account, HttpServletRequest request, HttpServletResponse response) {
        var principal = new LocalSignedIn(account, null, true);
        var authentication =
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        sessions.registerNewSession(request.getSession().getId(), principal);
    }

    /** The path of the page that sent the visitor to sign in, if it is one of ours. */
    private String savedPath(HttpServletRequest request, HttpServletResponse response) {
        var saved = savedRequests.getRequest(request, response);
        if (saved == null) {
            return null;
        }
        var uri = URI.create(saved.getRedirectUrl());
        var path = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        return EmailSignIn.safe(path.replace("?continue", "").replace("&continue", ""));
    }
}
