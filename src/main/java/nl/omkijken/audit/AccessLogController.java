package nl.omkijken.audit;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The administrator reads who saw whose personal data, when and why. */
@Controller
@RequestMapping("/beheer/inzage")
@PreAuthorize("hasRole('ADMINISTRATOR')")
class AccessLogController {

    private final AccessLog log;
    private final AuditProperties settings;

    AccessLogController(AccessLog log, AuditProperties settings) {
        this.log = log;
        this.settings = settings;
    }

    /** The parameters are those of {@link AccessLogForm}; {@code pagina} counts from 1. */
    @GetMapping
    String show(
            @RequestParam(defaultValue = "") String medewerker,
            @RequestParam(defaultValue = "") String soort,
            @RequestParam(defaultValue = "") String van,
            @RequestParam(defaultValue = "") String tot,
            @RequestParam(defaultValue = "1") String pagina,
            Model model) {
        var form = new AccessLogForm(medewerker, soort, van, tot);
        var page = pagina.matches("[1-9][0-9]{0,6}") ? Integer.parseInt(pagina) : 1;
        model.addAttribute("form", form);
        model.addAttribute("result", log.search(form, page));
        model.addAttribute("subjectTypes", log.subjectTypes());
        model.addAttribute("keepForDays", settings.keepFor().toDays());
        return "audit/access-log";
    }
}
