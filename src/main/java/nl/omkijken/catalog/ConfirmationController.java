package nl.omkijken.catalog;

import jakarta.servlet.http.HttpServletResponse;
import nl.omkijken.identity.PublicPaths;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The "still correct" link from a reminder. Opening it shows the offering and one button: mail scanners open links
 * on their own, so only the button, a POST, confirms.
 */
@Controller
@RequestMapping("/aanbod-bevestigen")
class ConfirmationController {

    private final ConfirmationLinks links;
    private final OfferingRepository offerings;
    private final FreshnessReminders freshness;

    ConfirmationController(ConfirmationLinks links, OfferingRepository offerings, FreshnessReminders freshness) {
        this.links = links;
        this.offerings = offerings;
        this.freshness = freshness;
    }

    @Bean
    static PublicPaths confirmationPage() {
        return new PublicPaths("/aanbod-bevestigen");
    }

    @GetMapping
    String page(
            @RequestParam(defaultValue = "") String o,
            @RequestParam(defaultValue = "0") long until,
            @RequestParam(defaultValue = "") String sig,
            Model model,
            HttpServletResponse response) {
        var offering = links.verify(o, until, sig).flatMap(offerings::findById);
        if (offering.isEmpty()) {
            response.setStatus(HttpStatus.GONE.value());
            return "catalog/confirmation-unusable";
        }
        model.addAttribute("offeringTitle", offering.get().title());
        model.addAttribute("o", o);
        model.addAttribute("until", until);
        model.addAttribute("sig", sig);
        return "catalog/confirmation";
    }

    @PostMapping
    String confirm(
            @RequestParam(defaultValue = "") String o,
            @RequestParam(defaultValue = "0") long until,
            @RequestParam(defaultValue = "") String sig,
            Model model,
            HttpServletResponse response) {
        var title = links.verify(o, until, sig).flatMap(freshness::confirm);
        if (title.isEmpty()) {
            response.setStatus(HttpStatus.GONE.value());
            return "catalog/confirmation-unusable";
        }
        model.addAttribute("offeringTitle", title.get());
        return "catalog/confirmed";
    }
}
