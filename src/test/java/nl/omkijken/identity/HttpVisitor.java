package nl.omkijken.identity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A visitor talking real HTTP to the running application, for what MockMvc does not show: the servlet container's
 * session cookie and its attributes, session ids, and forwards to error pages. Keeps cookies like a browser, follows
 * no redirects.
 */
final class HttpVisitor {

    private final HttpClient client =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final URI base;
    private final Map<String, String> cookies = new LinkedHashMap<>();

    HttpVisitor(int port) {
        this.base = URI.create("http://localhost:" + port);
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET());
    }

    HttpResponse<String> post(String path, Map<String, String> form) {
        var body = form.entrySet().stream()
                .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Opens the sign-in page and posts it filled in, with the form's CSRF token. */
    HttpResponse<String> signIn(String email, String password) {
        var form = get(SecurityConfiguration.LOGIN_PAGE);
        return post(
                SecurityConfiguration.LOGIN_PAGE,
                Map.of("email", email, "password", password, "_csrf", csrfToken(form)));
    }

    Optional<String> cookie(String name) {
        return Optional.ofNullable(cookies.get(name));
    }

    void setCookie(String name, String value) {
        cookies.put(name, value);
    }

    static String csrfToken(HttpResponse<String> page) {
        var token = Html.inputValue(page.body(), "_csrf");
        if (token == null) {
            throw new IllegalStateException("No CSRF token on " + page.uri());
        }
        return token;
    }

    static List<String> setCookieHeaders(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie");
    }

    /** The path and query a redirect points to, whether the Location is absolute or relative. */
    static String redirectTarget(HttpResponse<?> response) {
        var location = URI.create(response.headers().firstValue("Location").orElseThrow());
        return location.getRawPath() + (location.getRawQuery() == null ? "" : "?" + location.getRawQuery());
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        if (!cookies.isEmpty()) {
            request.header(
                    "Cookie",
                    cookies.entrySet().stream()
                            .map(cookie -> cookie.getKey() + "=" + cookie.getValue())
                            .collect(Collectors.joining("; ")));
        }
        try {
            var response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            for (var header : setCookieHeaders(response)) {
                for (var cookie : HttpCookie.parse(header)) {
                    if (cookie.getMaxAge() == 0) {
                        cookies.remove(cookie.getName());
                    } else {
                        cookies.put(cookie.getName(), cookie.getValue());
                    }
                }
            }
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
