package nl.omkijken.catalog;

import java.util.UUID;
import nl.omkijken.identity.AccountSummary;
import nl.omkijken.identity.Accounts;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The editors' queue: approve what is right, send back what is not, with a reason the provider reads. */
@Controller
@RequestMapping("/redactie")
@PreAuthorize("hasRole('EDITOR')")
class EditorialController {

    static final int MAX_REASON = 1000;

    private final EditorialReview review;
    private final Accounts accounts;

    EditorialController(EditorialReview review, Accounts accounts) {
        this.review = review;
        this.accounts = accounts;
    }

    @GetMapping
    String queue(Model model) {
        model.addAttribute("queue", review.queue());
        return "catalog/queue";
    }

    @GetMapping("/actualiteit")
    String freshness(Model model) {
        model.addAttribute("rows", review.freshness());
        return "catalog/freshness";
    }

    @GetMapping("/dubbel")
    String duplicates(Model model) {
        model.addAttribute("groups", review.duplicates());
        return "catalog/duplicates";
    }

    @PostMapping("/dubbel/{keepId}/{duplicateId}")
    String merge(@PathVariable UUID keepId, @PathVariable UUID duplicateId, RedirectAttributes redirect) {
        review.merge(me(), keepId, duplicateId);
        redirect.addFlashAttribute("message", "duplicates.merged");
        return "redirect:/redactie/dubbel";
    }

    @PostMapping("/aanbod/{offeringId}/goedkeuren")
    String approve(@PathVariable UUID offeringId, RedirectAttributes redirect) {
        review.approve(me(), offeringId);
        redirect.addFlashAttribute("message", "review.approved");
        return "redirect:/redactie";
    }

    @PostMapping("/aanbod/{offeringId}/terugsturen")
    String sendBack(
            @PathVariable UUID offeringId,
            @RequestParam(defaultValue = "") String reason,
            RedirectAttributes redirect) {
        var trimmed = reason.strip();
        if (trimmed.isEmpty() || trimmed.length() > MAX_REASON) {
            redirect.addFlashAttribute(
                    "reasonError", trimmed.isEmpty() ? "review.reason.required" : "review.reason.tooLong");
            redirect.addFlashAttribute("reasonFor", offeringId);
            return "redirect:/redactie";
        }
        review.sendBack(me(), offeringId, trimmed);
        redirect.addFlashAttribute("message", "review.sentBack");
        return "redirect:/redactie";
    }

    private AccountSummary me() {
        return accounts.current().orElseThrow();
    }
}
