package nl.omkijken.help;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The anonymous figures of help between residents per wijk, for policy advisors and editors. */
@Controller
@PreAuthorize("hasAnyRole('POLICY_ADVISOR', 'EDITOR')")
class FiguresController {

    private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private final HelpFigures figures;
    private final Clock clock;

    FiguresController(HelpFigures figures, Clock clock) {
        this.figures = figures;
        this.clock = clock;
    }

    /**
     * @param van first day, {@code yyyy-mm-dd}; a year ago when empty or not a date
     * @param tot last day, included; today when empty or not a date
     * @param categorie a {@link HelpCategory} name; all when empty
     */
    @GetMapping("/beleid/hulp")
    String figures(
            @RequestParam(defaultValue = "") String van,
            @RequestParam(defaultValue = "") String tot,
            @RequestParam(defaultValue = "") String categorie,
            Model model) {
        var today = LocalDate.now(clock.withZone(ZONE));
        var to = date(tot, today);
        var from = date(van, to.minusYears(1).plusDays(1));
        var wrongOrder = from.isAfter(to);
        if (wrongOrder) {
            from = to;
        }
        var category = Arrays.stream(HelpCategory.values())
                .filter(c -> c.name().equals(categorie))
                .findFirst()
                .orElse(null);
        model.addAttribute(
                "rows",
                figures.perDistrict(
                        from.atStartOfDay(ZONE).toInstant(),
                        to.plusDays(1).atStartOfDay(ZONE).toInstant(),
                        category));
        model.addAttribute("measures", HelpFigures.Measure.values());
        model.addAttribute("van", from);
        model.addAttribute("tot", to);
        model.addAttribute("wrongOrder", wrongOrder);
        model.addAttribute("categorie", category == null ? "" : category.name());
        model.addAttribute("categories", HelpCategory.values());
        model.addAttribute("smallest", HelpFigures.SMALLEST_SHOWN);
        return "help/figures";
    }

    private static LocalDate date(String text, LocalDate otherwise) {
        try {
            return text.isBlank() ? otherwise : LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            return otherwise;
        }
    }
}
