package nl.omkijken.help;

import jakarta.validation.Valid;
import nl.omkijken.identity.AccountSummary;
import nl.omkijken.identity.Accounts;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Writing a help request or offer, signed in; and on a resident's behalf, for the staff who help residents. A form
 * a robot filled in gets the same thank-you page, and nothing is saved.
 */
@Controller
class PostController {

    static final String THANKS = "redirect:/hulp/mijn/bedankt";

    private final PostWriting writing;
    private final PostFormPage page;
    private final Accounts accounts;

    PostController(PostWriting writing, PostFormPage page, Accounts accounts) {
        this.writing = writing;
        this.page = page;
        this.accounts = accounts;
    }

    @GetMapping("/hulp/vragen")
    String request(Model model) {
        model.addAttribute("postForm", PostForm.startingWith(me().displayName()));
        return page.show(model, PostKind.REQUEST, "/hulp/vragen", false);
    }

    @GetMapping("/hulp/aanbieden")
    String offer(Model model) {
        model.addAttribute("postForm", PostForm.startingWith(me().displayName()));
        return page.show(model, PostKind.OFFER, "/hulp/aanbieden", false);
    }

    @PostMapping("/hulp/vragen")
    String writeRequest(
            @Valid @ModelAttribute("postForm") PostForm form, BindingResult result, Model model, RedirectAttributes r) {
        return write(PostKind.REQUEST, "/hulp/vragen", false, form, result, model, r);
    }

    @PostMapping("/hulp/aanbieden")
    String writeOffer(
            @Valid @ModelAttribute("postForm") PostForm form, BindingResult result, Model model, RedirectAttributes r) {
        return write(PostKind.OFFER, "/hulp/aanbieden", false, form, result, model, r);
    }

    /** @param soort {@code aanbieden} for an offer; a request otherwise */
    @GetMapping("/hulp/namens")
    @PreAuthorize(STAFF)
    String onBehalf(@RequestParam(defaultValue = "vragen") String soort, Model model) {
        model.addAttribute("postForm", PostForm.startingWith(""));
        var kind = kindOf(soort);
        return page.show(model, kind, onBehalfAction(kind), true);
    }

    @PostMapping("/hulp/namens")
    @PreAuthorize(STAFF)
    String writeOnBehalf(
            @RequestParam(defaultValue = "vragen") String soort,
            @Valid @ModelAttribute("postForm") PostForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        ReadableForms.require(result);
        if (!Boolean.TRUE.equals(form.consent())) {
            result.rejectValue("consent", "help.post.consent.required");
        }
        var kind = kindOf(soort);
        return write(kind, onBehalfAction(kind), true, form, result, model, redirect);
    }

    static final String STAFF =
            "hasAnyRole('COORDINATOR', 'NEIGHBOURHOOD_TEAM', 'PROVIDER_STAFF', 'PROVIDER_ADMINISTRATOR', 'EDITOR')";

    private String write(
            PostKind kind,
            String action,
            boolean onBehalf,
            PostForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        ReadableForms.require(result);
        if (form.isRobot()) {
            return THANKS;
        }
        ReadableForms.reject(result, form.problems());
        if (!result.hasErrors()) {
            try {
                var written = writing.write(me(), kind, form, onBehalf);
                redirect.addFlashAttribute("removed", written.removed());
                redirect.addFlashAttribute("written", kind);
                return THANKS;
            } catch (PostRefused refused) {
                result.rejectValue(refused.error().field(), refused.error().code());
            }
        }
        return page.show(model, kind, action, onBehalf);
    }

    private static PostKind kindOf(String soort) {
        return "aanbieden".equals(soort) ? PostKind.OFFER : PostKind.REQUEST;
    }

    private static String onBehalfAction(PostKind kind) {
        return "/hulp/namens?soort=" + (kind == PostKind.OFFER ? "aanbieden" : "vragen");
    }

    private AccountSummary me() {
        return accounts.current().orElseThrow();
    }
}
