package nl.omkijken.identity;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

@Controller
class LoginController {

    private final IdentityProperties properties;

    LoginController(IdentityProperties properties) {
        this.properties = properties;
    }

    @GetMapping(SecurityConfiguration.LOGIN_PAGE)
    String login(Model model) {
        model.addAttribute("oidcEnabled", properties.oidc().enabled());
        model.addAttribute("oidcRegistration", properties.oidc().registrationId());
        return "identity/login";
    }

    /** Forwarded to, with status 403, when a form arrives without a valid token, usually after a long pause. */
    @RequestMapping("/formulier-verlopen")
    String expiredForm() {
        return "identity/form-expired";
    }
}
