package nl.omkijken.help;

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

/**
 * The editors' queue of help requests and offers, and the reports about public ones. Asking for a change, refusing
 * and taking a post down need a reason, which the author reads.
 */
@Controller
@RequestMapping("/redactie/hulp")
@PreAuthorize("hasRole('EDITOR')")
class ModerationController {

    private final Moderation moderation;
    private final PostReports reports;
    private final Accounts accounts;

    ModerationController(Moderation moderation, PostReports reports, Accounts accounts) {
        this.moderation = moderation;
        this.reports = reports;
        this.accounts = accounts;
    }

    @GetMapping
    String queue(Model model) {
        model.addAttribute("queue", moderation.queue());
        return "help/queue";
    }

    @GetMapping("/{id}")
    String review(@PathVariable UUID id, Model model) {
        model.addAttribute("review", moderation.open(me(), id));
        return "help/review";
    }

    @PostMapping("/{id}/goedkeuren")
    String approve(@PathVariable UUID id, RedirectAttributes redirect) {
        moderation.approve(me(), id);
        redirect.addFlashAttribute("message", "help.moderation.approved");
        return "redirect:/redactie/hulp";
    }

    @PostMapping("/{id}/wijziging")
    String requestChange(
            @PathVariable UUID id, @RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
        var trimmed = reason.strip();
        if (!acceptable(trimmed, redirect, "change")) {
            return "redirect:/redactie/hulp/" + id;
        }
        moderation.requestChange(me(), id, trimmed);
        redirect.addFlashAttribute("message", "help.moderation.changeAsked");
        return "redirect:/redactie/hulp";
    }

    @PostMapping("/{id}/weigeren")
    String refuse(@PathVariable UUID id, @RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
        var trimmed = reason.strip();
        if (!acceptable(trimmed, redirect, "refuse")) {
            return "redirect:/redactie/hulp/" + id;
        }
        moderation.refuse(me(), id, trimmed);
        redirect.addFlashAttribute("message", "help.moderation.refused");
        return "redirect:/redactie/hulp";
    }

    @GetMapping("/meldingen")
    String reports(Model model) {
        model.addAttribute("reports", reports.open(me()));
        return "help/reports";
    }

    @PostMapping("/meldingen/{id}/afwijzen")
    String dismiss(@PathVariable UUID id, RedirectAttributes redirect) {
        reports.dismiss(me(), id);
        redirect.addFlashAttribute("message", "help.report.dismissed");
        return "redirect:/redactie/hulp/meldingen";
    }

    @PostMapping("/meldingen/{id}/verwijderen")
    String removePost(
            @PathVariable UUID id, @RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
        var trimmed = reason.strip();
        if (!acceptable(trimmed, redirect, id.toString())) {
            return "redirect:/redactie/hulp/meldingen";
        }
        reports.removePost(me(), id, trimmed);
        redirect.addFlashAttribute("message", "help.report.removed");
        return "redirect:/redactie/hulp/meldingen";
    }

    /** A reason is required and has a limit; when it is wrong, the page says so beside the field named {@code which}. */
    private static boolean acceptable(String reason, RedirectAttributes redirect, String which) {
        if (!reason.isEmpty() && reason.length() <= Moderation.MAX_REASON) {
            return true;
        }
        redirect.addFlashAttribute(
                "reasonError", reason.isEmpty() ? "help.moderation.reason.required" : "help.moderation.reason.tooLong");
        redirect.addFlashAttribute("reasonFor", which);
        return false;
    }

    private AccountSummary me() {
        return accounts.current().orElseThrow();
    }
}
