package nl.omkijken.help;

import jakarta.validation.Valid;
import java.util.UUID;
import nl.omkijken.identity.AccountSummary;
import nl.omkijken.identity.Accounts;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** "Mijn berichten": the signed-in person's conversations, on whichever side, and each one of them. */
@Controller
class ConversationController {

    private final Conversations conversations;
    private final ThreadPages pages;
    private final ThreadScreen screen;
    private final Accounts accounts;

    ConversationController(Conversations conversations, ThreadPages pages, ThreadScreen screen, Accounts accounts) {
        this.conversations = conversations;
        this.pages = pages;
        this.screen = screen;
        this.accounts = accounts;
    }

    @GetMapping("/berichten")
    String list(Model model) {
        model.addAttribute("rows", pages.rows(me()));
        return "help/conversations";
    }

    @GetMapping("/berichten/{id}")
    String one(@PathVariable UUID id, Model model) {
        model.addAttribute("messageForm", MessageForm.empty());
        return screen.show(access(id), base(id), model);
    }

    @PostMapping("/berichten/{id}")
    String write(
            @PathVariable UUID id,
            @Valid @ModelAttribute("messageForm") MessageForm form,
            BindingResult result,
            Model model) {
        return screen.write(access(id), base(id), form, result, model);
    }

    @PostMapping("/berichten/{id}/delen")
    String share(@PathVariable UUID id) {
        return screen.share(access(id), base(id));
    }

    @PostMapping("/berichten/{id}/blokkeren")
    String block(@PathVariable UUID id) {
        return screen.block(access(id), base(id));
    }

    @PostMapping("/berichten/{id}/stoppen")
    String close(@PathVariable UUID id) {
        return screen.close(access(id), base(id));
    }

    @PostMapping("/berichten/{id}/gevonden")
    String match(@PathVariable UUID id) {
        return screen.match(access(id), base(id));
    }

    private Conversations.Access access(UUID id) {
        return conversations.as(me(), id);
    }

    private static String base(UUID id) {
        return "/berichten/" + id;
    }

    private AccountSummary me() {
        return accounts.current().orElseThrow();
    }
}
