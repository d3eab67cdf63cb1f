package nl.omkijken.help;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.UUID;
import java.util.function.Supplier;
import nl.omkijken.identity.AccountSummary;
import nl.omkijken.identity.Accounts;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * Reacting to a help post, and telling a vacancy's contact you are interested: a first message, signed in. Someone
 * who already reacted goes to that conversation; a post that found someone, a block or too many reactions in a day
 * get a page that says so.
 */
@Controller
class ReactionController {

    private final Conversations conversations;
    private final Accounts accounts;

    ReactionController(Conversations conversations, Accounts accounts) {
        this.conversations = conversations;
        this.accounts = accounts;
    }

    @GetMapping("/hulp/{id}/reageren")
    String reactForm(@PathVariable UUID id, Model model, HttpServletResponse response) {
        model.addAttribute("messageForm", MessageForm.empty());
        return start(
                conversations.openingForPost(me(), id),
                "/hulp/" + id,
                "/hulp/" + id + "/reageren",
                false,
                model,
                response);
    }

    @PostMapping("/hulp/{id}/reageren")
    String react(
            @PathVariable UUID id,
            @Valid @ModelAttribute("messageForm") MessageForm form,
            BindingResult result,
            Model model,
            HttpServletResponse response) {
        return send(
                form,
                result,
                model,
                response,
                "/hulp/" + id,
                "/hulp/" + id + "/reageren",
                false,
                () -> conversations.openingForPost(me(), id),
                () -> conversations.reactToPost(me(), id, form.text()));
    }

    @GetMapping("/vrijwilligerswerk/{id}/interesse")
    String interestForm(@PathVariable UUID id, Model model, HttpServletResponse response) {
        model.addAttribute("messageForm", MessageForm.empty());
        return start(
                conversations.openingForVacancy(me(), id),
                "/aanbod/" + id,
                "/vrijwilligerswerk/" + id + "/interesse",
                true,
                model,
                response);
    }

    @PostMapping("/vrijwilligerswerk/{id}/interesse")
    String interest(
            @PathVariable UUID id,
            @Valid @ModelAttribute("messageForm") MessageForm form,
            BindingResult result,
            Model model,
            HttpServletResponse response) {
        return send(
                form,
                result,
                model,
                response,
                "/aanbod/" + id,
                "/vrijwilligerswerk/" + id + "/interesse",
                true,
                () -> conversations.openingForVacancy(me(), id),
                () -> conversations.interestInVacancy(me(), id, form.text()));
    }

    private String send(
            MessageForm form,
            BindingResult result,
            Model model,
            HttpServletResponse response,
            String back,
            String action,
            boolean vacancy,
            Supplier<Conversations.Opening> opening,
            Supplier<UUID> sending) {
        ReadableForms.require(result);
        if (form.isRobot()) {
            return "redirect:/berichten";
        }
        ReadableForms.reject(result, form.problems());
        if (!result.hasErrors()) {
            try {
                return "redirect:/berichten/" + sending.get() + "?verstuurd";
            } catch (ReactionRefused refused) {
                model.addAttribute("back", back);
                model.addAttribute("refusal", refused.code());
                response.setStatus(HttpStatus.CONFLICT.value());
                return "help/reaction-refused";
            }
        }
        return start(opening.get(), back, action, vacancy, model, response);
    }

    private String start(
            Conversations.Opening opening,
            String back,
            String action,
            boolean vacancy,
            Model model,
            HttpServletResponse response) {
        model.addAttribute("back", back);
        model.addAttribute("action", action);
        if (opening.existing().isPresent()) {
            return "redirect:/berichten/" + opening.existing().get();
        }
        if (opening.refusal().isPresent()) {
            model.addAttribute("refusal", opening.refusal().get());
            response.setStatus(HttpStatus.CONFLICT.value());
            return "help/reaction-refused";
        }
        model.addAttribute("subject", opening.subject());
        model.addAttribute("vacancy", vacancy);
        return "help/react";
    }

    private AccountSummary me() {
        return accounts.current().orElseThrow();
    }
}
