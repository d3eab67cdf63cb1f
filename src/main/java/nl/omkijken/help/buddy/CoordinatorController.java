package nl.omkijken.help.buddy;

import jakarta.validation.Valid;
import java.time.DayOfWeek;
import java.util.Locale;
import java.util.UUID;
import nl.omkijken.area.Areas;
import nl.omkijken.help.matching.AgeBand;
import nl.omkijken.help.matching.Gender;
import nl.omkijken.help.matching.Interest;
import nl.omkijken.help.matching.PartOfDay;
import nl.omkijken.help.matching.TravelMode;
import nl.omkijken.identity.AccountSummary;
import nl.omkijken.identity.Accounts;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The coordinator's screens for buddy matching: the waiting intakes, a new intake of either side, one intake with
 * its ranked suggestions, the best pairing of the waiting list, and confirming a match.
 */
@Controller
@PreAuthorize("hasRole('COORDINATOR')")
class CoordinatorController {

    private final BuddyIntakes intakes;
    private final Accounts accounts;
    private final Areas areas;

    CoordinatorController(BuddyIntakes intakes, Accounts accounts, Areas areas) {
        this.intakes = intakes;
        this.accounts = accounts;
        this.areas = areas;
    }

    @GetMapping("/coordinator")
    String overview(Model model) {
        var me = me();
        model.addAttribute("rows", intakes.open(me));
        model.addAttribute("matches", intakes.recentMatches(me));
        model.addAttribute("organisations", intakes.organisations(me));
        return "help/buddy/overview";
    }

    /** @param kant {@code vrijwilliger} for a volunteer's intake; a resident's otherwise */
    @GetMapping("/coordinator/intake/nieuw")
    String newIntake(@RequestParam(defaultValue = "inwoner") String kant, Model model) {
        model.addAttribute("intakeForm", IntakeForm.empty());
        return form(sideOf(kant), model);
    }

    @PostMapping("/coordinator/intake/nieuw")
    String take(
            @RequestParam(defaultValue = "inwoner") String kant,
            @Valid @ModelAttribute("intakeForm") IntakeForm form,
            BindingResult result,
            Model model) {
        if (result.getTarget() == null) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        var side = sideOf(kant);
        form.problems().forEach(p -> result.rejectValue(p.field(), p.code()));
        if (!result.hasErrors()) {
            try {
                return "redirect:/coordinator/intake/" + intakes.take(me(), side, form) + "?opgeslagen";
            } catch (IntakeRefused refused) {
                result.rejectValue(refused.field(), refused.code());
            }
        }
        return form(side, model);
    }

    @GetMapping("/coordinator/intake/{id}")
    String intake(@PathVariable UUID id, Model model, Locale locale) {
        var me = me();
        var intake = intakes.one(me, id);
        model.addAttribute(
                "intake",
                new IntakeView(
                        intake.id(),
                        intake.side(),
                        intake.status(),
                        intake.firstName(),
                        intake.email(),
                        intake.phone(),
                        intake.notes()));
        model.addAttribute("neighbourhood", intakes.neighbourhoodName(intake));
        model.addAttribute("suggestions", intakes.suggestionsFor(me, id, locale));
        model.addAttribute(
                "languageNames",
                IntakeForm.LANGUAGES.stream()
                        .filter(intake.languages()::contains)
                        .map(code -> Locale.forLanguageTag(code).getDisplayLanguage(locale))
                        .toList());
        return "help/buddy/intake";
    }

    @PostMapping("/coordinator/intake/{id}/koppelen")
    String confirm(
            @PathVariable UUID id,
            @RequestParam(required = false) UUID vrijwilliger,
            Locale locale,
            RedirectAttributes redirect) {
        requireAll(vrijwilliger);
        try {
            intakes.confirm(me(), id, vrijwilliger, locale);
            redirect.addFlashAttribute("message", "help.buddy.match.done");
        } catch (IntakeRefused refused) {
            redirect.addFlashAttribute("problem", refused.code());
        }
        return "redirect:/coordinator/intake/" + id;
    }

    @PostMapping("/coordinator/intake/{id}/sluiten")
    String close(@PathVariable UUID id, RedirectAttributes redirect) {
        intakes.close(me(), id);
        redirect.addFlashAttribute("message", "help.buddy.intake.closed");
        return "redirect:/coordinator";
    }

    /** @param organisatie the initiative; the coordinator's only one when empty */
    @GetMapping("/coordinator/wachtlijst")
    String waitingList(@RequestParam(required = false) UUID organisatie, Model model, Locale locale) {
        var me = me();
        var organisations = intakes.organisations(me);
        var chosen = organisatie != null
                ? organisatie
                : organisations.isEmpty() ? null : organisations.get(0).id();
        if (chosen == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        model.addAttribute("organisations", organisations);
        model.addAttribute("organisation", chosen);
        model.addAttribute("pairs", intakes.bestPairing(me, chosen, locale));
        return "help/buddy/waiting-list";
    }

    @PostMapping("/coordinator/wachtlijst/koppelen")
    String confirmFromList(
            @RequestParam(required = false) UUID inwoner,
            @RequestParam(required = false) UUID vrijwilliger,
            @RequestParam(required = false) UUID organisatie,
            Locale locale,
            RedirectAttributes redirect) {
        requireAll(inwoner, vrijwilliger, organisatie);
        try {
            intakes.confirm(me(), inwoner, vrijwilliger, locale);
            redirect.addFlashAttribute("message", "help.buddy.match.done");
        } catch (IntakeRefused refused) {
            redirect.addFlashAttribute("problem", refused.code());
        }
        return "redirect:/coordinator/wachtlijst?organisatie=" + organisatie;
    }

    /** What the intake page shows of an intake; the languages and buurt come by name beside it. */
    record IntakeView(
            UUID id,
            IntakeSide side,
            IntakeStatus status,
            String firstName,
            String email,
            String phone,
            String notes) {}

    private String form(IntakeSide side, Model model) {
        model.addAttribute("side", side);
        model.addAttribute(
                "action",
                "/coordinator/intake/nieuw?kant=" + (side == IntakeSide.VOLUNTEER ? "vrijwilliger" : "inwoner"));
        model.addAttribute("organisations", intakes.organisations(me()));
        model.addAttribute("districts", areas.districts());
        model.addAttribute("languages", IntakeForm.LANGUAGES);
        model.addAttribute("days", DayOfWeek.values());
        model.addAttribute("partsOfDay", PartOfDay.values());
        model.addAttribute("interests", Interest.values());
        model.addAttribute("travelModes", TravelMode.values());
        model.addAttribute("genders", Gender.values());
        model.addAttribute("ageBands", AgeBand.values());
        return "help/buddy/intake-form";
    }

    /**
     * The hidden fields of a confirm button. They are optional to Spring, so that a request without the role gets
     * 403 from method security before anything is read, and a tampered one a bad request after.
     */
    private static void requireAll(UUID... ids) {
        for (var id : ids) {
            if (id == null) {
                throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
            }
        }
    }

    private static IntakeSide sideOf(String kant) {
        return "vrijwilliger".equals(kant) ? IntakeSide.VOLUNTEER : IntakeSide.RESIDENT;
    }

    private AccountSummary me() {
        return accounts.current().orElseThrow();
    }
}
