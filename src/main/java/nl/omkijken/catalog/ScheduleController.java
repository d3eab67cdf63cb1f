package nl.omkijken.catalog;

import jakarta.validation.Valid;
import java.time.DayOfWeek;
import java.util.Locale;
import java.util.UUID;
import nl.omkijken.identity.AccountSummary;
import nl.omkijken.identity.Accounts;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The schedule page of an offering. The provider fills in plain fields, can ask for a preview of the next dates
 * (a plain form post, so it works without JavaScript) and saves; nobody types an RRULE.
 */
@Controller
@RequestMapping("/aanbieder/{providerId}/aanbod/{offeringId}/rooster")
@PreAuthorize("hasAnyRole('PROVIDER_STAFF', 'PROVIDER_ADMINISTRATOR', 'EDITOR')")
class ScheduleController {

    private final ScheduleEditing editing;
    private final OfferingEditing offerings;
    private final Accounts accounts;

    ScheduleController(ScheduleEditing editing, OfferingEditing offerings, Accounts accounts) {
        this.editing = editing;
        this.offerings = offerings;
        this.accounts = accounts;
    }

    @GetMapping
    String page(@PathVariable UUID providerId, @PathVariable UUID offeringId, Model model, Locale locale) {
        model.addAttribute("form", ScheduleForm.weeklyFrom(editing.today()));
        return showPage(providerId, offeringId, model, locale);
    }

    @PostMapping
    String save(
            @PathVariable UUID providerId,
            @PathVariable UUID offeringId,
            @Valid @ModelAttribute("form") ScheduleForm form,
            BindingResult result,
            @RequestParam(required = false) String preview,
            @RequestParam(required = false) UUID locationId,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        ReadableForms.require(result);
        form.check(editing.today()).forEach(e -> result.rejectValue(e.field(), e.code()));
        var places = editing.placesOf(me(), offeringId);
        if (locationId != null && places.stream().noneMatch(p -> p.id().equals(locationId))) {
            result.reject("schedule.location.unknown");
        }
        if (result.hasErrors()) {
            return showPage(providerId, offeringId, model, locale);
        }
        if (preview != null) {
            model.addAttribute("preview", editing.preview(offeringId, form.toDetails()));
            return showPage(providerId, offeringId, model, locale);
        }
        editing.add(me(), offeringId, locationId, form.toDetails());
        redirect.addFlashAttribute("message", "schedule.saved");
        return "redirect:/aanbieder/" + providerId + "/aanbod/" + offeringId + "/rooster";
    }

    @PostMapping("/{scheduleId}/verwijderen")
    String remove(
            @PathVariable UUID providerId,
            @PathVariable UUID offeringId,
            @PathVariable UUID scheduleId,
            RedirectAttributes redirect) {
        editing.remove(me(), offeringId, scheduleId);
        redirect.addFlashAttribute("message", "schedule.removed");
        return "redirect:/aanbieder/" + providerId + "/aanbod/" + offeringId + "/rooster";
    }

    private String showPage(UUID providerId, UUID offeringId, Model model, Locale locale) {
        model.addAttribute("provider", offerings.provider(me(), providerId));
        model.addAttribute("offering", offerings.editable(me(), offeringId).row());
        model.addAttribute("schedules", editing.schedulesOf(me(), offeringId, locale));
        model.addAttribute("places", editing.placesOf(me(), offeringId));
        model.addAttribute("patterns", SchedulePattern.values());
        model.addAttribute("days", DayOfWeek.values());
        return "catalog/schedules";
    }

    private AccountSummary me() {
        return accounts.current().orElseThrow();
    }
}
