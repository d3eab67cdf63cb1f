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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Mijn oproepen": the author's own posts with where they stand, changing one the editors sent back, and closing
 * one. Another person's post is not found.
 */
@Controller
@RequestMapping("/hulp/mijn")
class OwnPostController {

    private final PostWriting writing;
    private final PostFormPage page;
    private final Accounts accounts;

    OwnPostController(PostWriting writing, PostFormPage page, Accounts accounts) {
        this.writing = writing;
        this.page = page;
        this.accounts = accounts;
    }

    @GetMapping
    String mine(Model model) {
        model.addAttribute("posts", writing.mine(me()));
        model.addAttribute("closeReasons", PostFormPage.closeReasons());
        return "help/mine";
    }

    @GetMapping("/bedankt")
    String thanks() {
        return "help/thanks";
    }

    @GetMapping("/{id}")
    String edit(@PathVariable UUID id, Model model) {
        var own = writing.one(me(), id);
        if (!own.canRevise()) {
            return "redirect:/hulp/mijn";
        }
        model.addAttribute("postForm", writing.formFor(me(), id));
        model.addAttribute("own", own);
        return page.show(model, own.post().kind(), "/hulp/mijn/" + id, false);
    }

    @PostMapping("/{id}")
    String revise(
            @PathVariable UUID id,
            @Valid @ModelAttribute("postForm") PostForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        ReadableForms.require(result);
        var own = writing.one(me(), id);
        ReadableForms.reject(result, form.problems());
        if (!result.hasErrors()) {
            try {
                var written = writing.revise(me(), id, form);
                redirect.addFlashAttribute("removed", written.removed());
                redirect.addFlashAttribute("revised", true);
                return PostController.THANKS;
            } catch (PostRefused refused) {
                result.rejectValue(refused.error().field(), refused.error().code());
            }
        }
        model.addAttribute("own", own);
        return page.show(model, own.post().kind(), "/hulp/mijn/" + id, false);
    }

    @PostMapping("/{id}/sluiten")
    String close(
            @PathVariable UUID id, @RequestParam(required = false) CloseReason reason, RedirectAttributes redirect) {
        if (reason == null) {
            redirect.addFlashAttribute("closeError", id);
            return "redirect:/hulp/mijn";
        }
        writing.close(me(), id, reason);
        redirect.addFlashAttribute("message", "help.post.mine.closed");
        return "redirect:/hulp/mijn";
    }

    private AccountSummary me() {
        return accounts.current().orElseThrow();
    }
}
