package nl.omkijken.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The statements every Dutch government site publishes, and the page for an upload that could not be read. */
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

    /** Where {@link UploadRefusalFilter} sends an upload it could not read; the status is already set there. */
    @GetMapping(UploadRefusalFilter.PATH)
    String uploadRefused(HttpServletRequest request, Model model) {
        var back = request.getAttribute(UploadRefusalFilter.BACK);
        model.addAttribute("back", back instanceof String path ? path : "/");
        return "web/upload-refused";
    }
}
