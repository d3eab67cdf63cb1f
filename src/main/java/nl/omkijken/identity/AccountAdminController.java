package nl.omkijken.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
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

/** The administrator's screens: invite people, give them roles and organisations, switch accounts off. */
@Controller
@RequestMapping("/beheer/accounts")
class AccountAdminController {

    private final AccountAdministration administration;
    private final InvitationMail mail;
    private final Accounts accounts;

    AccountAdminController(AccountAdministration administration, InvitationMail mail, Accounts accounts) {
        this.administration = administration;
        this.mail = mail;
        this.accounts = accounts;
    }

    @ModelAttribute("allRoles")
    Role[] allRoles() {
        return Role.values();
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("accounts", administration.accounts(viewer()));
        return "identity/accounts";
    }

    @GetMapping("/uitnodigen")
    String inviteForm(Model model) {
        model.addAttribute("form", InvitationForm.empty());
        model.addAttribute("organisations", administration.organisations());
        return "identity/invite";
    }

    @PostMapping("/uitnodigen")
    String invite(
            @Valid @ModelAttribute("form") InvitationForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect,
            HttpServletRequest request) {
        ReadableForms.require(result);
        if (!result.hasErrors()) {
            var invited = administration.invite(
                    form.email(), form.displayName(), form.rolesOrNone(), form.organisationIdsOrNone());
            if (invited.isPresent()) {
                var sent = mail.send(
                        invited.get().email(),
                        invited.get().displayName(),
                        invited.get().link(),
                        RequestContextUtils.getLocale(request));
                redirect.addFlashAttribute("invitationLink", invited.get().link());
                redirect.addFlashAttribute("invitationMailed", sent);
                return "redirect:/beheer/accounts/" + invited.get().accountId();
            }
            result.rejectValue("email", "account.email.taken");
        }
        model.addAttribute("organisations", administration.organisations());
        return "identity/invite";
    }

    @GetMapping("/{id}")
    String edit(@PathVariable UUID id, Model model) {
        var account = administration.account(id, viewer()).orElseThrow(AccountAdminController::notFound);
        model.addAttribute("account", account);
        model.addAttribute("form", AccountForm.of(account));
        model.addAttribute("organisations", administration.organisations());
        return "identity/account";
    }

    @PostMapping("/{id}")
    String save(
            @PathVariable UUID id,
            @Valid @ModelAttribute("form") AccountForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        ReadableForms.require(result);
        if (!result.hasErrors()) {
            try {
                administration.change(
                        id, form.version(), form.displayName(), form.rolesOrNone(), form.organisationIdsOrNone());
                redirect.addFlashAttribute("saved", true);
                return "redirect:/beheer/accounts/" + id;
            } catch (ObjectOptimisticLockingFailureException e) {
                result.reject("account.changedMeanwhile");
            }
        }
        model.addAttribute(
                "account", administration.account(id, viewer()).orElseThrow(AccountAdminController::notFound));
        model.addAttribute("organisations", administration.organisations());
        return "identity/account";
    }

    @PostMapping("/{id}/deactiveren")
    String deactivate(@PathVariable UUID id, RedirectAttributes redirect) {
        if (id.equals(viewer().id())) {
            redirect.addFlashAttribute("refused", "account.deactivate.self");
        } else {
            administration.deactivate(id);
            redirect.addFlashAttribute("deactivated", true);
        }
        return "redirect:/beheer/accounts/" + id;
    }

    @PostMapping("/{id}/activeren")
    String reactivate(@PathVariable UUID id, RedirectAttributes redirect) {
        administration.reactivate(id);
        redirect.addFlashAttribute("reactivated", true);
        return "redirect:/beheer/accounts/" + id;
    }

    private AccountSummary viewer() {
        return accounts.current().orElseThrow();
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
