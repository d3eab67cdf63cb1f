package nl.omkijken.web;

import nl.omkijken.area.Areas;
import nl.omkijken.finder.WhatsOn;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The start page: search, themes, the wijken, and what is on today and this week in the wijk the resident chose. The
 * choice lives in the address ({@code /?wijk=WK019322}), never on the server.
 */
@Controller
class StartController {

    private final Areas areas;
    private final WhatsOn whatsOn;

    StartController(Areas areas, WhatsOn whatsOn) {
        this.areas = areas;
        this.whatsOn = whatsOn;
    }

    @GetMapping("/")
    String start(@RequestParam(required = false) String wijk, Model model) {
        var districts = areas.districts();
        model.addAttribute("districts", districts);
        model.addAttribute(
                "neighbourhoodCount",
                districts.stream().mapToInt(d -> d.neighbourhoods().size()).sum());
        if (wijk != null && !wijk.isBlank()) {
            areas.district(wijk.strip())
                    .ifPresentOrElse(
                            chosen -> {
                                model.addAttribute("chosenDistrict", chosen);
                                model.addAttribute("whatsOn", whatsOn.inDistrict(chosen.code()));
                            },
                            () -> model.addAttribute("unknownDistrict", true));
        }
        return "web/start";
    }
}
