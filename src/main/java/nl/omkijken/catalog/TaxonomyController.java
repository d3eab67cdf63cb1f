package nl.omkijken.catalog;

import jakarta.validation.Valid;
import java.util.UUID;
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

/** Editors keep the lists of themes and target groups: add, rename, retire; codes never change. */
@Controller
@RequestMapping("/redactie/taxonomie")
@PreAuthorize("hasRole('EDITOR')")
class TaxonomyController {

    static final int MAX_LABEL = 100;

    private final Taxonomy taxonomy;

    TaxonomyController(Taxonomy taxonomy) {
        this.taxonomy = taxonomy;
    }

    @GetMapping
    String page(Model model) {
        model.addAttribute("form", TermForm.empty());
        return page(model, null);
    }

    @PostMapping
    String add(
            @Valid @ModelAttribute("form") TermForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        ReadableForms.require(result);
        if (!result.hasErrors()) {
            if (taxonomy.add(form.vocabulary(), form.code(), form.labelNl(), form.labelEn())) {
                redirect.addFlashAttribute("message", "taxonomy.added");
                return "redirect:/redactie/taxonomie";
            }
            result.rejectValue("code", "taxonomy.code.taken");
        }
        return page(model, null);
    }

    @PostMapping("/{termId}")
    String relabel(
            @PathVariable UUID termId,
            @RequestParam(defaultValue = "") String labelNl,
            @RequestParam(defaultValue = "") String labelEn,
            Model model,
            RedirectAttributes redirect) {
        if (labelNl.isBlank() || labelEn.isBlank() || labelNl.length() > MAX_LABEL || labelEn.length() > MAX_LABEL) {
            model.addAttribute("form", TermForm.empty());
            return page(model, termId);
        }
        taxonomy.relabel(termId, labelNl, labelEn);
        redirect.addFlashAttribute("message", "taxonomy.saved");
        return "redirect:/redactie/taxonomie";
    }

    @PostMapping("/{termId}/{action:intrekken|terugzetten}")
    String setActive(@PathVariable UUID termId, @PathVariable String action, RedirectAttributes redirect) {
        taxonomy.setActive(termId, action.equals("terugzetten"));
        redirect.addFlashAttribute("message", "taxonomy.saved");
        return "redirect:/redactie/taxonomie";
    }

    private String page(Model model, UUID invalidTerm) {
        model.addAttribute("terms", taxonomy.rows());
        model.addAttribute("vocabularies", Vocabulary.values());
        model.addAttribute("invalidTerm", invalidTerm);
        return "catalog/taxonomy";
    }
}
