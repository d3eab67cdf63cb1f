package nl.omkijken.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The statements every Dutch government site publishes. */
@Controller
class StatementController {

    @GetMapping("/toegankelijkheid")
    String accessibility() {
        return "web/accessibility";
    }

    @GetMapping("/privacy")
    String privacy() {
        return "web/privacy";
    }
}
