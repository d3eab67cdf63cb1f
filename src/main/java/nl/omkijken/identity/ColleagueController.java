package nl.omkijken.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * A provider administrator invites colleagues to their own organisation, as staff or as administrator; nothing
 * more. Other roles and other organisations stay with the platform administrator.
 */
@Controller
@RequestMapping("/organisatie/{organisationId}/collegas")
@PreAuthorize("hasRole('PROVIDER_ADMINISTRATOR')")
class ColleagueController {

    private final AccountAdministration administration;
    private final InvitationMail mail;
    private final Accounts accounts;

    ColleagueController(AccountAdministration administration, InvitationMail mail, Accounts accounts) {
        this.administration = administration;
        this.mail = mail;
        this.accounts = accounts;
    }

    /** What a provider administrator fills in to invite a colleague. */
    record ColleagueForm(
            @NotBlank @Email @Size(max = 254) String email,
            @NotBlank @Size(max = 100) String displayName,
            Boolean administrator) {}

    @GetMapping
    String show(@PathVariable UUID organisationId, Model model) {
        model.addAttribute("form", new ColleagueForm("", "", false));
        return page(organisationId, model);
    }

    @PostMapping
    String invite(
            @PathVariable UUID organisationId,
            @Valid @ModelAttribute("form") ColleagueForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect,
            HttpServletRequest request) {
        ReadableForms.require(result);
        requireAdministratorOf(organisationId);
        if (!result.hasErrors()) {
            Set<Role> roles = Boolean.TRUE.equals(form.administrator())
                    ? EnumSet.of(Role.PROVIDER_STAFF, Role.PROVIDER_ADMINISTRATOR)
                    : EnumSet.of(Role.PROVIDER_STAFF);
            var invited = administration.invite(form.email(), form.displayName(), roles, Set.of(organisationId));
            if (invited.isPresent()) {
                var sent = mail.send(
                        invited.get().email(),
                        invited.get().displayName(),
                        invited.get().link(),
                        RequestContextUtils.getLocale(request));
                redirect.addFlashAttribute("invitedEmail", invited.get().email());
                redirect.addFlashAttribute("invitationMailed", sent);
                redirect.addFlashAttribute(
                        "invitationLink", sent ? null : invited.get().link());
                return "redirect:/organisatie/" + organisationId + "/collegas";
            }
            result.rejectValue("email", "colleague.email.taken");
        }
        return page(organisationId, model);
    }

    private String page(UUID organisationId, Model model) {
        var viewer = requireAdministratorOf(organisationId);
        model.addAttribute(
                "organisation",
                administration.organisations().stream()
                        .filter(o -> o.id().equals(organisationId))
                        .findFirst()
                        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
        model.addAttribute("colleagues", administration.colleagues(viewer, organisationId));
        return "identity/colleagues";
    }

    private AccountSummary requireAdministratorOf(UUID organisationId) {
        var viewer = accounts.current().orElseThrow();
        if (!viewer.worksFor(organisationId)) {
            throw new AccessDeniedException("Not an administrator of organisation " + organisationId);
        }
        return viewer;
    }
}
