package nl.omkijken.help;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** Answering "Is het gelukt?" on the link in the mail, without an account: three buttons, one answer. */
@Controller
class OutcomeController {

    static final String BASE = "/hulp/gelukt/";

    private final OutcomeQuestions questions;

    OutcomeController(OutcomeQuestions questions) {
        this.questions = questions;
    }

    @GetMapping(BASE + "{token}")
    String question(@PathVariable String token, Model model, HttpServletResponse response) {
        var state = questions.state(token).orElseThrow(OutcomeController::notFound);
        return page(token, state, false, model, response);
    }

    /** @param antwoord a {@link Outcome} name; anything else shows the question again with a message */
    @PostMapping(BASE + "{token}")
    String answer(
            @PathVariable String token,
            @RequestParam(defaultValue = "") String antwoord,
            Model model,
            HttpServletResponse response) {
        var outcome = Arrays.stream(Outcome.values())
                .filter(o -> o.name().equals(antwoord))
                .findFirst();
        if (outcome.isEmpty()) {
            var state = questions.state(token).orElseThrow(OutcomeController::notFound);
            model.addAttribute("missing", state == OutcomeQuestions.LinkState.OPEN);
            return page(token, state, false, model, response);
        }
        var state = questions.answer(token, outcome.get()).orElseThrow(OutcomeController::notFound);
        return page(token, state, state == OutcomeQuestions.LinkState.OPEN, model, response);
    }

    private static String page(
            String token, OutcomeQuestions.LinkState state, boolean thanks, Model model, HttpServletResponse response) {
        model.addAttribute("action", BASE + token);
        model.addAttribute("state", thanks ? "THANKS" : state.name());
        model.addAttribute("answers", Outcome.values());
        if (state == OutcomeQuestions.LinkState.EXPIRED) {
            response.setStatus(HttpStatus.GONE.value());
        }
        return "help/outcome";
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
