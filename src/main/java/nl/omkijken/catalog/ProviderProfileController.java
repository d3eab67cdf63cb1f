package nl.omkijken.catalog;

import jakarta.validation.Valid;
import java.io.IOException;
import java.util.UUID;
import nl.omkijken.identity.AccountSummary;
import nl.omkijken.identity.Accounts;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Where provider staff keep their organisation's public details and logo. */
@Controller
@RequestMapping("/aanbieder/{providerId}/profiel")
@PreAuthorize("hasAnyRole('PROVIDER_STAFF', 'PROVIDER_ADMINISTRATOR', 'EDITOR')")
class ProviderProfileController {

    private final OfferingEditing editing;
    private final Logos logos;
    private final Accounts accounts;

    ProviderProfileController(OfferingEditing editing, Logos logos, Accounts accounts) {
        this.editing = editing;
        this.logos = logos;
        this.accounts = accounts;
    }

    @GetMapping
    String page(@PathVariable UUID providerId, Model model) {
        model.addAttribute("form", editing.profile(me(), providerId));
        return showPage(providerId, model);
    }

    @PostMapping
    String save(
            @PathVariable UUID providerId,
            @Valid @ModelAttribute("form") ProviderForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        ReadableForms.require(result);
        if (!result.hasErrors()) {
            try {
                editing.changeProfile(me(), providerId, form.versionOrZero(), form.details());
                redirect.addFlashAttribute("message", "profile.saved");
                return "redirect:/aanbieder/" + providerId + "/profiel";
            } catch (ObjectOptimisticLockingFailureException e) {
                result.reject("profile.changedMeanwhile");
            }
        }
        return showPage(providerId, model);
    }

    @PostMapping("/logo")
    String logo(
            @PathVariable UUID providerId,
            @RequestParam(name = "logo", required = false) MultipartFile upload,
            RedirectAttributes redirect)
            throws IOException {
        editing.provider(me(), providerId);
        try {
            var png = logos.normalise(upload == null ? null : upload.getBytes());
            editing.replaceLogo(me(), providerId, png);
            redirect.addFlashAttribute("message", "logo.saved");
        } catch (Logos.LogoRefused e) {
            redirect.addFlashAttribute("logoError", e.messageKey());
        }
        return "redirect:/aanbieder/" + providerId + "/profiel";
    }

    private String showPage(UUID providerId, Model model) {
        model.addAttribute("provider", editing.provider(me(), providerId));
        model.addAttribute("hasLogo", editing.hasLogo(me(), providerId));
        return "catalog/profile";
    }

    private AccountSummary me() {
        return accounts.current().orElseThrow();
    }
}
