package nl.omkijken.identity;

import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The organisations staff accounts can belong to. */
@Controller
@RequestMapping("/beheer/organisaties")
class OrganisationAdminController {

    private final AccountAdministration administration;

    OrganisationAdminController(AccountAdministration administration) {
        this.administration = administration;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("form", new OrganisationForm(""));
        model.addAttribute("organisations", administration.organisations());
        return "identity/organisations";
    }

    @PostMapping
    String add(
            @Valid @ModelAttribute("form") OrganisationForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            if (administration.addOrganisation(form.name()).isPresent()) {
                redirect.addFlashAttribute("added", form.name().strip());
                return "redirect:/beheer/organisaties";
            }
            result.rejectValue("name", "organisation.name.taken");
        }
        model.addAttribute("organisations", administration.organisations());
        return "identity/organisations";
    }
}
