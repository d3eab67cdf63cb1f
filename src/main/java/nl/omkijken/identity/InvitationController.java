package nl.omkijken.identity;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** Where an invited person sets a password with the link from the invitation. */
@Controller
@RequestMapping("/uitnodiging/{token}")
class InvitationController {

    private final Invitations invitations;

    InvitationController(Invitations invitations) {
        this.invitations = invitations;
    }

    @GetMapping
    String form(@PathVariable String token, Model model, HttpServletResponse response) {
        model.addAttribute("form", new PasswordForm("", ""));
        return passwordPage(token, model, response);
    }

    @PostMapping
    String accept(
            @PathVariable String token,
            @Valid @ModelAttribute("form") PasswordForm form,
            BindingResult result,
            Model model,
            HttpServletResponse response) {
        if (!result.hasErrors() && !form.matches()) {
            result.rejectValue("repeat", "password.mismatch");
        }
        if (result.hasErrors()) {
            return passwordPage(token, model, response);
        }
        if (!invitations.accept(token, form.password())) {
            return unusable(response);
        }
        return "redirect:/inloggen?welkom";
    }

    private String passwordPage(String token, Model model, HttpServletResponse response) {
        var invitee = invitations.invitee(token);
        if (invitee.isEmpty()) {
            return unusable(response);
        }
        model.addAttribute("invitee", invitee.get());
        model.addAttribute("token", token);
        return "identity/accept-invitation";
    }

    /** A used, expired or unknown link: 410 Gone, with a page that says what to do. */
    private static String unusable(HttpServletResponse response) {
        response.setStatus(HttpStatus.GONE.value());
        return "identity/invitation-unusable";
    }
}
