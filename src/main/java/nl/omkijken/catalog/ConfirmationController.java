package nl.omkijken.catalog;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import java.util.UUID;
import nl.omkijken.identity.PublicPaths;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The "still correct" link from a reminder. Opening it shows the offering and one button: mail scanners open links
 * on their own, so only the button, a POST, confirms.
 */
@Controller
@RequestMapping("/aanbod-bevestigen")
class ConfirmationController {

    private final ConfirmationLinks links;
    private final FreshnessReminders freshness;

    ConfirmationController(ConfirmationLinks links, FreshnessReminders freshness) {
        this.links = links;
        this.freshness = freshness;
    }

    @Bean
    static PublicPaths confirmationPage() {
        return new PublicPaths("/aanbod-bevestigen");
    }

    /** The three parts of a link from a reminder: the offering, until when the link works, and its signature. */
    record ConfirmationLink(String o, Long until, String sig) {

        Optional<UUID> verifiedWith(ConfirmationLinks links) {
            return links.verify(o == null ? "" : o, until == null ? 0 : until, sig);
        }
    }

    @GetMapping
    String page(@ModelAttribute("link") ConfirmationLink link, Model model, HttpServletResponse response) {
        return answer(link.verifiedWith(links).flatMap(freshness::titleOf), "catalog/confirmation", model, response);
    }

    @PostMapping
    String confirm(@ModelAttribute("link") ConfirmationLink link, Model model, HttpServletResponse response) {
        return answer(link.verifiedWith(links).flatMap(freshness::confirm), "catalog/confirmed", model, response);
    }

    private static String answer(Optional<String> title, String view, Model model, HttpServletResponse response) {
        if (title.isEmpty()) {
            response.setStatus(HttpStatus.GONE.value());
            return "catalog/confirmation-unusable";
        }
        model.addAttribute("offeringTitle", title.get());
        return view;
    }
}
