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
        return showPage(providerId, offeringId, null, null, model, locale);
    }

    @PostMapping
    String add(
            @PathVariable UUID providerId,
            @PathVariable UUID offeringId,
            @Valid @ModelAttribute("form") ScheduleForm form,
            BindingResult result,
            @RequestParam(required = false) String preview,
            @RequestParam(required = false) UUID locationId,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        if (!ready(offeringId, form, result, preview, locationId, model)) {
            return showPage(providerId, offeringId, null, locationId, model, locale);
        }
        editing.add(me(), offeringId, locationId, form.toDetails());
        redirect.addFlashAttribute("message", "schedule.saved");
        return "redirect:/aanbieder/" + providerId + "/aanbod/" + offeringId + "/rooster";
    }

    @GetMapping("/{scheduleId}")
    String changePage(
            @PathVariable UUID providerId,
            @PathVariable UUID offeringId,
            @PathVariable UUID scheduleId,
            Model model,
            Locale locale) {
        var editable = editing.editable(me(), offeringId, scheduleId);
        model.addAttribute("form", editable.form());
        return showPage(providerId, offeringId, scheduleId, editable.locationId(), model, locale);
    }

    @PostMapping("/{scheduleId}")
    String change(
            @PathVariable UUID providerId,
            @PathVariable UUID offeringId,
            @PathVariable UUID scheduleId,
            @Valid @ModelAttribute("form") ScheduleForm form,
            BindingResult result,
            @RequestParam(required = false) String preview,
            @RequestParam(required = false) UUID locationId,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        editing.editable(me(), offeringId, scheduleId);
        if (!ready(offeringId, form, result, preview, locationId, model)) {
            return showPage(providerId, offeringId, scheduleId, locationId, model, locale);
        }
        editing.change(me(), offeringId, scheduleId, locationId, form.toDetails());
        redirect.addFlashAttribute("message", "schedule.changed");
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

    /**
     * Whether the form can be saved: no mistakes and not a request for the preview, which is added to the model
     * instead.
     */
    private boolean ready(
            UUID offeringId, ScheduleForm form, BindingResult result, String preview, UUID locationId, Model model) {
        ReadableForms.require(result);
        form.check(editing.today()).forEach(e -> result.rejectValue(e.field(), e.code()));
        var places = editing.placesOf(me(), offeringId);
        if (locationId != null && places.stream().noneMatch(p -> p.id().equals(locationId))) {
            result.reject("schedule.location.unknown");
        }
        if (result.hasErrors()) {
            return false;
        }
        if (preview != null) {
            model.addAttribute("preview", editing.preview(offeringId, form.toDetails()));
            return false;
        }
        return true;
    }

    /**
     * @param scheduleId the schedule being changed, or null when a new one is added
     * @param locationId the place chosen in the form, or null for all of them
     */
    private String showPage(
            UUID providerId, UUID offeringId, UUID scheduleId, UUID locationId, Model model, Locale locale) {
        model.addAttribute("changing", scheduleId);
        model.addAttribute("chosenPlace", locationId);
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
