package nl.omkijken.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** A page that always breaks, so that tests can see what a visitor gets from an unexpected error. */
@Controller
class FailingPageController {

    static final String PATH = "/test/fout";
    static final String MESSAGE = "Geheime foutmelding 4711 die nooit op het scherm mag komen";

    @GetMapping(PATH)
    String fail() {
        throw new IllegalStateException(MESSAGE);
    }
}
