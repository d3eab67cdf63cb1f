package nl.omkijken.help;

import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * A vacancy's contact answers a volunteer's interest on the secret link their mail holds, without an account. The
 * link is the only key: a wrong or expired one is "not found".
 */
@Controller
class ContactController {

    static final String BASE = "/vrijwilligerswerk/gesprek/";

    private final Conversations conversations;
    private final ThreadScreen screen;

    ContactController(Conversations conversations, ThreadScreen screen) {
        this.conversations = conversations;
        this.screen = screen;
    }

    @GetMapping(BASE + "{token}")
    String one(@PathVariable String token, Model model) {
        model.addAttribute("messageForm", MessageForm.empty());
        return screen.show(conversations.byLink(token), BASE + token, model);
    }

    @PostMapping(BASE + "{token}")
    String write(
            @PathVariable String token,
            @Valid @ModelAttribute("messageForm") MessageForm form,
            BindingResult result,
            Model model) {
        return screen.write(conversations.byLink(token), BASE + token, form, result, model);
    }

    @PostMapping(BASE + "{token}/delen")
    String share(@PathVariable String token) {
        return screen.share(conversations.byLink(token), BASE + token);
    }

    @PostMapping(BASE + "{token}/blokkeren")
    String block(@PathVariable String token) {
        return screen.block(conversations.byLink(token), BASE + token);
    }

    @PostMapping(BASE + "{token}/stoppen")
    String close(@PathVariable String token) {
        return screen.close(conversations.byLink(token), BASE + token);
    }

    @PostMapping(BASE + "{token}/gevonden")
    String match(@PathVariable String token) {
        return screen.match(conversations.byLink(token), BASE + token);
    }
}
