package nl.omkijken.catalog;

import jakarta.validation.Valid;
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

/** A provider's meeting places and offices. */
@Controller
@RequestMapping("/aanbieder/{providerId}/locaties")
@PreAuthorize("hasAnyRole('PROVIDER_STAFF', 'PROVIDER_ADMINISTRATOR', 'EDITOR')")
class LocationController {

    private final LocationEditing editing;
    private final OfferingEditing offerings;
    private final Accounts accounts;

    LocationController(LocationEditing editing, OfferingEditing offerings, Accounts accounts) {
        this.editing = editing;
        this.offerings = offerings;
        this.accounts = accounts;
    }

    @GetMapping
    String list(@PathVariable UUID providerId, Model model) {
        model.addAttribute("provider", offerings.provider(me(), providerId));
        model.addAttribute("locations", editing.locationsOf(me(), providerId));
        return "catalog/locations";
    }

    @GetMapping("/nieuw")
    String newLocation(@PathVariable UUID providerId, Model model) {
        model.addAttribute("form", LocationForm.empty(""));
        return formPage(providerId, null, model);
    }

    @PostMapping("/nieuw")
    String add(
            @PathVariable UUID providerId,
            @Valid @ModelAttribute("form") LocationForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        ReadableForms.require(result);
        checkPlace(form, result);
        if (result.hasErrors()) {
            return formPage(providerId, null, model);
        }
        editing.add(me(), providerId, form.details());
        redirect.addFlashAttribute("message", "location.saved");
        return "redirect:/aanbieder/" + providerId + "/locaties";
    }

    @GetMapping("/{locationId}")
    String edit(@PathVariable UUID providerId, @PathVariable UUID locationId, Model model) {
        model.addAttribute("form", editing.form(me(), providerId, locationId));
        return formPage(providerId, locationId, model);
    }

    @PostMapping("/{locationId}")
    String save(
            @PathVariable UUID providerId,
            @PathVariable UUID locationId,
            @Valid @ModelAttribute("form") LocationForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        // Before anything else: whose location this is decides whether the form may even be looked at.
        editing.form(me(), providerId, locationId);
        ReadableForms.require(result);
        checkPlace(form, result);
        if (!result.hasErrors()) {
            try {
                editing.change(me(), providerId, locationId, form.versionOrZero(), form.details());
                redirect.addFlashAttribute("message", "location.saved");
                return "redirect:/aanbieder/" + providerId + "/locaties";
            } catch (ObjectOptimisticLockingFailureException e) {
                result.reject("location.changedMeanwhile");
            }
        }
        return formPage(providerId, locationId, model);
    }

    /** The coordinates must name a point in this municipality, so that the buurt is known. */
    private void checkPlace(LocationForm form, BindingResult result) {
        if (result.hasFieldErrors("latitude") || result.hasFieldErrors("longitude")) {
            return;
        }
        var point = form.coordinates();
        if (point == null) {
            result.rejectValue("latitude", "location.coordinates.invalid");
        } else if (editing.neighbourhoodAt(point).isEmpty()) {
            result.rejectValue("latitude", "location.coordinates.outside");
        }
    }

    private String formPage(UUID providerId, UUID locationId, Model model) {
        model.addAttribute("provider", offerings.provider(me(), providerId));
        model.addAttribute("locationId", locationId);
        return "catalog/location-form";
    }

    private AccountSummary me() {
        return accounts.current().orElseThrow();
    }
}
