package nl.omkijken.web;

import nl.omkijken.area.Areas;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

@Controller
class DistrictController {

    private final Areas areas;

    DistrictController(Areas areas) {
        this.areas = areas;
    }

    @GetMapping("/wijken/{code}")
    String district(@PathVariable String code, Model model) {
        model.addAttribute(
                "district", areas.district(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
        return "web/district";
    }
}
