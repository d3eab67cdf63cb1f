package nl.omkijken.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.net.URI;
import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.util.MultiValueMap;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Catches an upload the server cannot read, mostly one over the size limit, before anything else looks at the request.
 * Left alone, every later reader of a parameter (the language, the CSRF token) would fail on it and the visitor would
 * get the servlet container's English error page. Instead the visitor sees a Dutch page that says what happened and
 * leads back to the form.
 */
class UploadRefusalFilter extends OncePerRequestFilter {

    static final String PATH = "/upload-mislukt";
    static final String BACK = UploadRefusalFilter.class.getName() + ".back";

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        var type = request.getContentType();
        return type == null || !type.toLowerCase().startsWith("multipart/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            request.getParts();
        } catch (IOException | ServletException | RuntimeException e) {
            response.setStatus(tooLarge(e) ? HttpStatus.CONTENT_TOO_LARGE.value() : HttpStatus.BAD_REQUEST.value());
            request.setAttribute(BACK, back(request));
            request.getRequestDispatcher(PATH).forward(new Unreadable(request), response);
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean tooLarge(Throwable failure) {
        for (var cause = failure; cause != null; cause = cause.getCause()) {
            var name = cause.getClass().getSimpleName();
            if (name.contains("SizeLimitExceeded") || name.contains("SizeException")) {
                return true;
            }
        }
        return false;
    }

    /** The page the form was on, when the browser said so and it is one of ours; otherwise the start page. */
    private static String back(HttpServletRequest request) {
        var referer = request.getHeader("Referer");
        if (referer == null) {
            return "/";
        }
        try {
            var uri = URI.create(referer);
            var ours = request.getServerName().equalsIgnoreCase(uri.getHost()) && uri.getRawPath() != null;
            return ours ? uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()) : "/";
        } catch (IllegalArgumentException e) {
            return "/";
        }
    }

    /**
     * The refused request as the refusal page sees it: a GET with only the parameters of its address, so nothing
     * downstream tries to read the body again.
     */
    private static final class Unreadable extends HttpServletRequestWrapper {

        private final Map<String, String[]> parameters;

        Unreadable(HttpServletRequest request) {
            super(request);
            MultiValueMap<String, String> query = UriComponentsBuilder.fromUriString(
                            "?" + (request.getQueryString() == null ? "" : request.getQueryString()))
                    .build()
                    .getQueryParams();
            this.parameters = Collections.unmodifiableMap(query.entrySet().stream()
                    .collect(java.util.stream.Collectors.toMap(
                            Map.Entry::getKey,
                            e -> e.getValue().stream()
                                    .map(v -> v == null ? "" : v)
                                    .toArray(String[]::new))));
        }

        @Override
        public String getMethod() {
            return "GET";
        }

        @Override
        public String getContentType() {
            return null;
        }

        @Override
        public String getParameter(String name) {
            var values = parameters.get(name);
            return values == null || values.length == 0 ? null : values[0];
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return parameters;
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(parameters.keySet());
        }

        @Override
        public String[] getParameterValues(String name) {
            return parameters.get(name);
        }

        @Override
        public Collection<Part> getParts() {
            return List.of();
        }

        @Override
        public Part getPart(String name) {
            return null;
        }
    }
}
