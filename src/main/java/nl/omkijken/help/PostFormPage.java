package nl.omkijken.help;

import java.time.DayOfWeek;
import java.util.EnumSet;
import nl.omkijken.area.Areas;
import nl.omkijken.help.matching.AgeBand;
import nl.omkijken.help.matching.PartOfDay;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** What the page with the form for a help request or offer needs, for writing, on a resident's behalf, or revising. */
@Component
class PostFormPage {

    static final String VIEW = "help/form";

    private final Areas areas;

    PostFormPage(Areas areas) {
        this.areas = areas;
    }

    /**
     * @param action where the form goes
     * @param onBehalf whether a staff member fills it in for a resident, who must have agreed
     */
    String show(Model model, PostKind kind, String action, boolean onBehalf) {
        model.addAttribute("kind", kind);
        model.addAttribute("action", action);
        model.addAttribute("onBehalf", onBehalf);
        model.addAttribute("categories", HelpCategory.values());
        model.addAttribute("frequencies", Frequency.values());
        model.addAttribute("ageBands", AgeBand.values());
        model.addAttribute("days", DayOfWeek.values());
        model.addAttribute("partsOfDay", PartOfDay.values());
        model.addAttribute("districts", areas.districts());
        return VIEW;
    }

    /** The reasons an author may give when closing; taking a post down is the editors' own. */
    static EnumSet<CloseReason> closeReasons() {
        return EnumSet.complementOf(EnumSet.of(CloseReason.REMOVED_BY_EDITOR));
    }
}
