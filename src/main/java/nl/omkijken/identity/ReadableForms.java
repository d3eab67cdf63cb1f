package nl.omkijken.identity;

import org.springframework.http.HttpStatus;
import org.springframework.validation.BindingResult;
import org.springframework.web.server.ResponseStatusException;

/**
 * A form record cannot be built when a value does not convert (a choice the page never offered): that comes from a
 * tampered request, not from a person filling in the form, so it is a bad request and never a server error.
 */
final class ReadableForms {

    private ReadableForms() {}

    static void require(BindingResult result) {
        if (result.getTarget() == null) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
    }
}
