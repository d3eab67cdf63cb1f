package nl.omkijken.catalog;

import jakarta.validation.Valid;
import java.util.Locale;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Where provider staff keep their own offer current: drafts, submitting, summer breaks, copies. */
@Controller
@RequestMapping("/aanbieder")
@PreAuthorize("hasAnyRole('PROVIDER_STAFF', 'PROVIDER_ADMINISTRATOR', 'EDITOR')")
class ProviderPortalController {

    private final OfferingEditing editing;
    private final Taxonomy taxonomy;
    private final LocationRepository locations;
    private final Accounts accounts;

    ProviderPortalController(
            OfferingEditing editing, Taxonomy taxonomy, LocationRepository locations, Accounts accounts) {
        this.editing = editing;
        this.taxonomy = taxonomy;
        this.locations = locations;
        this.accounts = accounts;
    }

    @GetMapping
    String providers(Model model) {
        var mine = editing.providersOf(me());
        if (mine.size() == 1) {
            return "redirect:/aanbieder/" + mine.get(0).id();
        }
        model.addAttribute("providers", mine);
        return "catalog/providers";
    }

    @GetMapping("/{providerId}")
    String offer(@PathVariable UUID providerId, Model model) {
        model.addAttribute("provider", editing.provider(me(), providerId));
        model.addAttribute("offerings", editing.offeringsOf(me(), providerId));
        return "catalog/provider";
    }

    @GetMapping("/{providerId}/aanbod/nieuw")
    String newOffering(@PathVariable UUID providerId, Model model, Locale locale) {
        model.addAttribute("form", OfferingForm.empty());
        return formPage(providerId, null, model, locale);
    }

    @PostMapping("/{providerId}/aanbod/nieuw")
    String create(
            @PathVariable UUID providerId,
            @Valid @ModelAttribute("form") OfferingForm form,
            BindingResult result,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        ReadableForms.require(result);
        form.validate(result);
        if (result.hasErrors()) {
            return formPage(providerId, null, model, locale);
        }
        var offeringId = editing.create(me(), providerId, form.details());
        redirect.addFlashAttribute("message", "offering.saved");
        return "redirect:/aanbieder/" + providerId + "/aanbod/" + offeringId;
    }

    @GetMapping("/{providerId}/aanbod/{offeringId}")
    String edit(@PathVariable UUID providerId, @PathVariable UUID offeringId, Model model, Locale locale) {
        var offering = editing.editable(me(), offeringId);
        model.addAttribute(
                "form", OfferingForm.of(offering.details(), offering.version(), taxonomy.ids(Vocabulary.THEME)));
        return formPage(offering.row().providerId(), offering.row(), model, locale);
    }

    @PostMapping("/{providerId}/aanbod/{offeringId}")
    String save(
            @PathVariable UUID providerId,
            @PathVariable UUID offeringId,
            @Valid @ModelAttribute("form") OfferingForm form,
            BindingResult result,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        ReadableForms.require(result);
        form.validate(result);
        if (!result.hasErrors()) {
            try {
                editing.change(me(), offeringId, form.versionOrZero(), form.details());
                redirect.addFlashAttribute("message", "offering.saved");
                return "redirect:/aanbieder/" + providerId + "/aanbod/" + offeringId;
            } catch (ObjectOptimisticLockingFailureException e) {
                result.reject("offering.changedMeanwhile");
            }
        }
        return formPage(providerId, editing.editable(me(), offeringId).row(), model, locale);
    }

    @PostMapping("/{providerId}/aanbod/{offeringId}/{action:indienen|intrekken|zomerstop|heropenen}")
    String act(
            @PathVariable UUID providerId,
            @PathVariable UUID offeringId,
            @PathVariable String action,
            RedirectAttributes redirect) {
        try {
            switch (action) {
                case "indienen" -> editing.submit(me(), offeringId);
                case "intrekken" -> editing.withdraw(me(), offeringId);
                case "zomerstop" -> editing.closeTemporarily(me(), offeringId);
                default -> editing.reopen(me(), offeringId);
            }
            redirect.addFlashAttribute("message", "offering.action." + action);
        } catch (IllegalStateException e) {
            redirect.addFlashAttribute("refused", "offering.action.refused");
        }
        return "redirect:/aanbieder/" + providerId + "/aanbod/" + offeringId;
    }

    @PostMapping("/{providerId}/aanbod/{offeringId}/dupliceren")
    String duplicate(@PathVariable UUID providerId, @PathVariable UUID offeringId, RedirectAttributes redirect) {
        var copyId = editing.duplicate(me(), offeringId);
        redirect.addFlashAttribute("message", "offering.action.dupliceren");
        return "redirect:/aanbieder/" + providerId + "/aanbod/" + copyId;
    }

    @GetMapping("/{providerId}/aanbod/{offeringId}/geschiedenis")
    String history(@PathVariable UUID providerId, @PathVariable UUID offeringId, Model model) {
        model.addAttribute("offering", editing.editable(me(), offeringId).row());
        model.addAttribute("providerId", providerId);
        model.addAttribute("changes", editing.history(me(), offeringId));
        return "catalog/history";
    }

    private String formPage(UUID providerId, OfferingRow offering, Model model, Locale locale) {
        model.addAttribute("provider", editing.provider(me(), providerId));
        model.addAttribute("offering", offering);
        model.addAttribute("kinds", Kind.values());
        model.addAttribute("ambitionOptions", Ambition.values());
        model.addAttribute("howToJoinOptions", HowToJoin.values());
        model.addAttribute("themes", taxonomy.options(Vocabulary.THEME, locale));
        model.addAttribute("targetGroups", taxonomy.options(Vocabulary.TARGET_GROUP, locale));
        model.addAttribute(
                "languageOptions", OfferingForm.LANGUAGES.stream().sorted().toList());
        model.addAttribute(
                "locations",
                locations.findByProviderIdOrderByName(providerId).stream()
                        .map(LocationOption::of)
                        .toList());
        return "catalog/offering-form";
    }

    private AccountSummary me() {
        return accounts.current().orElseThrow();
    }
}
