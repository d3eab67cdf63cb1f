package nl.omkijken.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps an English visitor in English without a cookie: every link and redirect the application writes for such a
 * request gets {@code lang=en} added. Thymeleaf's {@code @{…}} links and Spring's redirects pass through
 * {@code encodeURL}, which is where this hooks in.
 */
class LanguageFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var language = Language.fromParameter(request.getParameter(Language.PARAMETER));
        if (language == Language.DUTCH) {
            chain.doFilter(request, response);
            return;
        }
        var origin = request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort();
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public String encodeURL(String url) {
                return super.encodeURL(withLanguage(url, origin, language));
            }

            @Override
            public String encodeRedirectURL(String url) {
                return super.encodeRedirectURL(withLanguage(url, origin, language));
            }
        });
    }

    static String withLanguage(String url, String origin, Language language) {
        var local = url.startsWith("/") && !url.startsWith("//") || url.startsWith(origin + "/");
        if (!local || url.contains(Language.PARAMETER + "=") || isStatic(url)) {
            return url;
        }
        var hash = url.indexOf('#');
        var path = hash < 0 ? url : url.substring(0, hash);
        var fragment = hash < 0 ? "" : url.substring(hash);
        var separator = path.contains("?") ? "&" : "?";
        return path + separator + Language.PARAMETER + "=" + language.code() + fragment;
    }

    private static boolean isStatic(String url) {
        var path = url.replaceFirst("^https?://[^/]+", "");
        return path.startsWith("/css/")
                || path.startsWith("/vendor/")
                || path.startsWith("/img/")
                || path.startsWith("/js/");
    }
}
