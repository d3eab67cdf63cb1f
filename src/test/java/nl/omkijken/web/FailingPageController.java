package nl.omkijken.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * A page that always breaks, so that tests can see what a visitor gets from an unexpected error; and one that is
 * always too busy, as a search page is when it waits too long for its turn.
 */
@Controller
class FailingPageController {

    static final String PATH = "/test/fout";
    static final String BUSY_PATH = "/test/druk";
    static final String MESSAGE = "Geheime foutmelding 4711 die nooit op het scherm mag komen";

    @GetMapping(PATH)
    String fail() {
        throw new IllegalStateException(MESSAGE);
    }

    @GetMapping(BUSY_PATH)
    void busy(HttpServletResponse response) throws IOException {
        response.setHeader("Retry-After", "10");
        response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
    }
}
