package nl.omkijken.finder;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.UUID;
import nl.omkijken.catalog.PublicOffering;
import nl.omkijken.catalog.PublicOfferings;
import nl.omkijken.identity.IdentityProperties;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The page of one offering, at an address with its title in it: what, for whom, when and where, with a small map of
 * its places, a way to pass it on, and schema.org data for search engines. It needs no account, cookie or JavaScript.
 */
@Controller
class OfferingController {

    private final PublicOfferings offerings;
    private final OfferingJsonLd jsonLd;
    private final MapTiles tiles;
    private final IdentityProperties site;
    private final MessageSource messages;

    OfferingController(
            PublicOfferings offerings,
            OfferingJsonLd jsonLd,
            MapTiles tiles,
            IdentityProperties site,
            MessageSource messages) {
        this.offerings = offerings;
        this.jsonLd = jsonLd;
        this.tiles = tiles;
        this.site = site;
        this.messages = messages;
    }

    @GetMapping("/aanbod/{id}")
    String offeringWithoutName(@PathVariable UUID id) {
        var offering = offerings.find(id).orElseThrow(OfferingController::notFound);
        return "redirect:" + path(offering);
    }

    @GetMapping("/aanbod/{id}/{slug}")
    String offering(@PathVariable UUID id, HttpServletResponse response, Model model, Locale locale) {
        var offering = offerings.find(id).orElseThrow(OfferingController::notFound);
        var address = UriComponentsBuilder.fromUri(site.publicUrl())
                .path(path(offering))
                .toUriString();
        model.addAttribute("offering", offering);
        model.addAttribute("canonical", address);
        model.addAttribute("jsonLd", jsonLd.of(offering, address));
        model.addAttribute(
                "share",
                Share.of(
                        address,
                        offering.title(),
                        messages.getMessage("finder.offering.share.message", new Object[] {offering.title()}, locale)));
        if (!offering.places().isEmpty()) {
            tiles.allowOn(response);
            model.addAttribute("tiles", tiles);
        }
        return "finder/offering";
    }

    private static String path(PublicOffering offering) {
        return "/aanbod/" + offering.id() + "/" + FinderController.slug(offering.title());
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
