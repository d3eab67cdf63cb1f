package nl.omkijken.web;

import nl.omkijken.area.Areas;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class StartController {

    private final Areas areas;

    StartController(Areas areas) {
        this.areas = areas;
    }

    @GetMapping("/")
    String start(Model model) {
        var districts = areas.districts();
        model.addAttribute("districts", districts);
        model.addAttribute(
                "neighbourhoodCount",
                districts.stream().mapToInt(d -> d.neighbourhoods().size()).sum());
        return "web/start";
    }
}
