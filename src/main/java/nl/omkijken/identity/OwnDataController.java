package nl.omkijken.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.CompositeLogoutHandler;
import org.springframework.security.web.authentication.logout.CookieClearingLogoutHandler;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import tools.jackson.databind.json.JsonMapper;

/** "Mijn gegevens": every signed-in person sees, downloads and (residents and volunteers) erases what we hold. */
@Controller
@RequestMapping("/mijn-gegevens")
class OwnDataController {

    static final String FILE_NAME = "omkijken-mijn-gegevens.json";

    private final LogoutHandler signOut = new CompositeLogoutHandler(
            new SecurityContextLogoutHandler(), new CookieClearingLogoutHandler(SecurityConfiguration.SESSION_COOKIE));

    private final OwnData ownData;
    private final Accounts accounts;
    private final JsonMapper json;

    OwnDataController(OwnData ownData, Accounts accounts, JsonMapper json) {
        this.ownData = ownData;
        this.accounts = accounts;
        this.json = json;
    }

    @GetMapping
    String show(Model model, Locale locale) {
        model.addAttribute("form", ErasureForm.empty());
        return page(model, locale);
    }

    @GetMapping("/download")
    ResponseEntity<byte[]> download(Locale locale) {
        var file = json.writerWithDefaultPrettyPrinter().writeValueAsBytes(ownData.export(me().id(), locale));
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.APPLICATION_JSON, StandardCharsets.UTF_8))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(FILE_NAME)
                                .build()
                                .toString())
                .body(file);
    }

    @PostMapping("/verwijderen")
    String erase(
            @ModelAttribute("form") ErasureForm form,
            BindingResult result,
            Model model,
            Locale locale,
            HttpServletRequest request,
            HttpServletResponse response) {
        ReadableForms.require(result);
        var me = me();
        if (ownData.erasure(me.id()) != OwnData.Erasure.ALLOWED) {
            throw new AccessDeniedException("Account " + me.id() + " is not the owner's to erase");
        }
        if (!form.confirmed()) {
            result.rejectValue("confirmed", "mydata.erase.confirm.required");
            return page(model, locale);
        }
        ownData.erase(me.id());
        signOut.logout(request, response, SecurityContextHolder.getContext().getAuthentication());
        return "redirect:/?verwijderd";
    }

    private String page(Model model, Locale locale) {
        model.addAttribute("overview", ownData.overview(me().id(), locale));
        return "identity/own-data";
    }

    private AccountSummary me() {
        return accounts.current().orElseThrow();
    }
}
