package nl.omkijken.finder;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import nl.omkijken.catalog.FormError;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Editors keep the words residents search with, and see what residents searched for without finding anything, so
 * that they can add the words that were missing.
 */
@Controller
@RequestMapping(SynonymController.PATH)
@PreAuthorize("hasAnyRole('EDITOR', 'ADMINISTRATOR')")
class SynonymController {

    static final String PATH = "/redactie/zoekwoorden";
    private static final int HISTORY_LINES = 20;

    private final SynonymEditing editing;
    private final SearchGaps gaps;
    private final Accounts accounts;

    SynonymController(SynonymEditing editing, SearchGaps gaps, Accounts accounts) {
        this.editing = editing;
        this.gaps = gaps;
        this.accounts = accounts;
    }

    /** @param woord a word to start the form with, from the list of searches that found nothing */
    @GetMapping
    String list(@RequestParam(defaultValue = "") String woord, Model model) {
        model.addAttribute("synonymForm", new SynonymForm(woord, ""));
        return list(model);
    }

    @PostMapping
    String add(
            @Valid @ModelAttribute("synonymForm") SynonymForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (saved(form, result, () -> editing.add(me(), form))) {
            redirect.addFlashAttribute("message", "synonyms.saved.added");
            redirect.addFlashAttribute("messageWord", form.word());
            return "redirect:" + PATH;
        }
        return list(model);
    }

    @GetMapping("/{id}")
    String edit(@PathVariable UUID id, Model model) {
        var row = existing(id);
        model.addAttribute("synonymForm", SynonymForm.of(row.word(), row.alternatives()));
        return edit(row, model);
    }

    @PostMapping("/{id}")
    String change(
            @PathVariable UUID id,
            @Valid @ModelAttribute("synonymForm") SynonymForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var row = existing(id);
        if (saved(form, result, () -> editing.change(me(), id, form))) {
            redirect.addFlashAttribute("message", "synonyms.saved.changed");
            redirect.addFlashAttribute("messageWord", form.word());
            return "redirect:" + PATH;
        }
        return edit(row, model);
    }

    @PostMapping("/{id}/verwijderen")
    String delete(@PathVariable UUID id, RedirectAttributes redirect) {
        var row = existing(id);
        if (!editing.delete(me(), id)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        redirect.addFlashAttribute("message", "synonyms.saved.deleted");
        redirect.addFlashAttribute("messageWord", row.word());
        return "redirect:" + PATH;
    }

    /** @param pagina counted from 1; anything else shows the first page */
    @GetMapping("/niet-gevonden")
    String gaps(@RequestParam(defaultValue = "1") String pagina, Model model) {
        var page = gaps.page(pageNumber(pagina));
        model.addAttribute("page", page);
        model.addAttribute(
                "known",
                editing.rows().stream()
                        .collect(Collectors.toMap(
                                r -> Synonyms.normalise(r.word()), SynonymEditing.Row::id, (a, b) -> a)));
        return "finder/search-gaps";
    }

    /** Checks the rules, then saves; false with the reasons beside the fields when something is not right. */
    private static boolean saved(SynonymForm form, BindingResult result, Supplier<Optional<FormError>> save) {
        reject(result, form.problems());
        if (!result.hasErrors()) {
            reject(result, save.get().stream().toList());
        }
        return !result.hasErrors();
    }

    private static void reject(BindingResult result, List<FormError> errors) {
        errors.forEach(e -> result.rejectValue(e.field(), e.code()));
    }

    private String list(Model model) {
        model.addAttribute("rows", editing.rows());
        model.addAttribute("changes", editing.recentChanges(HISTORY_LINES));
        return "finder/synonyms";
    }

    private String edit(SynonymEditing.Row row, Model model) {
        model.addAttribute("row", row);
        return "finder/synonym-form";
    }

    private SynonymEditing.Row existing(UUID id) {
        return editing.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private AccountSummary me() {
        return accounts.current().orElseThrow();
    }

    private static int pageNumber(String page) {
        try {
            return Integer.parseInt(page.strip());
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
