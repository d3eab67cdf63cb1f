package nl.omkijken.web;

import jakarta.servlet.http.HttpServletRequest;
import nl.omkijken.area.Areas;
import nl.omkijken.area.Municipality;
import nl.omkijken.identity.AccountSummary;
import nl.omkijken.identity.Accounts;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.util.UriComponentsBuilder;

/** What the page shell needs on every page: the municipality, who is signed in, and the other language. */
@ControllerAdvice
class LayoutAdvice {

    private final Areas areas;
    private final Accounts accounts;

    LayoutAdvice(Areas areas, Accounts accounts) {
        this.areas = areas;
        this.accounts = accounts;
    }

    @ModelAttribute("municipality")
    Municipality municipality() {
        return areas.municipality();
    }

    @ModelAttribute("signedIn")
    AccountSummary signedIn() {
        return accounts.current().orElse(null);
    }

    @ModelAttribute("language")
    LanguageChoice language(HttpServletRequest request) {
        var current = Language.of(RequestContextUtils.getLocale(request));
        var other = current == Language.DUTCH ? Language.ENGLISH : Language.DUTCH;
        var link = UriComponentsBuilder.fromPath(request.getRequestURI())
                .query(request.getQueryString())
                .replaceQueryParam(Language.PARAMETER, other.code())
                .build()
                .toUriString();
        return new LanguageChoice(current.code(), other.code(), link);
    }

    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        return request.getRequestURI();
    }

    /**
     * @param current the language of this page, for the {@code lang} attribute
     * @param other the language the switch offers
     * @param switchLink this page in the other language
     */
    record LanguageChoice(String current, String other, String switchLink) {}
}
