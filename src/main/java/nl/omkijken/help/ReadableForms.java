package nl.omkijken.help;

import java.util.List;
import nl.omkijken.catalog.FormError;
import org.springframework.http.HttpStatus;
import org.springframework.validation.BindingResult;
import org.springframework.web.server.ResponseStatusException;

/**
 * A form record cannot be built when a value does not convert (a choice the page never offered): that comes from a
 * tampered request, so it is a bad request and never a server error.
 */
final class ReadableForms {

    private ReadableForms() {}

    static void require(BindingResult result) {
        if (result.getTarget() == null) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
    }

    static void reject(BindingResult result, List<FormError> problems) {
        problems.forEach(p -> result.rejectValue(p.field(), p.code()));
    }
}
