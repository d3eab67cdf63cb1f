package nl.omkijken.help;

import jakarta.validation.Valid;
import java.util.Arrays;
import java.util.UUID;
import nl.omkijken.area.Areas;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public help requests and offers, without an account or a cookie, and a report about one (no account needed).
 */
@Controller
class PublicPostController {

    private final PublicPosts posts;
    private final PostReports reports;
    private final Areas areas;

    PublicPostController(PublicPosts posts, PostReports reports, Areas areas) {
        this.posts = posts;
        this.reports = reports;
        this.areas = areas;
    }

    /**
     * @param soort {@code vragen} or {@code aanbieden}; anything else shows both
     * @param categorie a {@link HelpCategory} name
     * @param wijk a CBS wijk code
     */
    @GetMapping("/hulp")
    String list(
            @RequestParam(defaultValue = "") String soort,
            @RequestParam(defaultValue = "") String categorie,
            @RequestParam(defaultValue = "") String wijk,
            @RequestParam(defaultValue = "1") String pagina,
            Model model) {
        var kind = "vragen".equals(soort) ? PostKind.REQUEST : "aanbieden".equals(soort) ? PostKind.OFFER : null;
        var category = Arrays.stream(HelpCategory.values())
                .filter(c -> c.name().equals(categorie))
                .findFirst()
                .orElse(null);
        var district = areas.district(wijk).map(d -> d.code()).orElse(null);
        var page = pagina.matches("[1-9][0-9]{0,4}") ? Integer.parseInt(pagina) : 1;
        model.addAttribute("listing", posts.list(new PublicPosts.Filter(kind, category, district, page)));
        model.addAttribute("soort", kind == null ? "" : soort);
        model.addAttribute("categorie", category == null ? "" : category.name());
        model.addAttribute("wijk", district == null ? "" : district);
        model.addAttribute("categories", HelpCategory.values());
        model.addAttribute("districts", areas.districts());
        return "help/list";
    }

    @GetMapping("/hulp/{id}")
    String one(@PathVariable UUID id, Model model) {
        model.addAttribute("post", posts.one(id));
        model.addAttribute("takesReactions", posts.takesReactions(id));
        return "help/post";
    }

    @GetMapping("/hulp/{id}/melden")
    String reportForm(@PathVariable UUID id, Model model) {
        model.addAttribute("reportForm", ReportForm.empty());
        return reportPage(id, model);
    }

    @PostMapping("/hulp/{id}/melden")
    String report(
            @PathVariable UUID id,
            @Valid @ModelAttribute("reportForm") ReportForm form,
            BindingResult result,
            Model model) {
        ReadableForms.require(result);
        if (form.isRobot()) {
            return "redirect:/hulp/" + id + "?gemeld";
        }
        if (result.hasErrors()) {
            return reportPage(id, model);
        }
        reports.report(id, form);
        return "redirect:/hulp/" + id + "?gemeld";
    }

    private String reportPage(UUID id, Model model) {
        model.addAttribute("post", reports.reportable(id));
        model.addAttribute("reasons", ReportReason.values());
        return "help/report";
    }
}
