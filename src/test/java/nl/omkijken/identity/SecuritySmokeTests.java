package nl.omkijken.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.omkijken.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/** Deny by default, checked on every request mapping the application has, as an anonymous visitor. */
@IntegrationTest
class SecuritySmokeTests {

    private static final Pattern PATH_VARIABLE = Pattern.compile("\\{\\*?([^}:]+)(:[^}]*)?}");
    private static final Set<HttpMethod> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

    @Autowired
    MockMvc mvc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlerMapping;

    @Autowired
    List<PublicPaths> publicPaths;

    @Test
    void everyMappingSendsAnAnonymousVisitorToSignInUnlessItIsOnThePublicList() throws Exception {
        var open = publicPaths.stream()
                .flatMap(paths -> paths.patterns().stream())
                .map(PathPatternParser.defaultInstance::parse)
                .toList();
        var walked = new TreeSet<String>();
        var offenders = new ArrayList<String>();
        for (var mapping : handlerMapping.getHandlerMethods().keySet()) {
            var methods = mapping.getMethodsCondition().getMethods();
            for (var pattern : mapping.getPatternValues()) {
                if (pattern.equals("/error")) {
                    continue;
                }
                walked.add(pattern);
                var path = concrete(pattern);
                var isPublic = open.stream().anyMatch(p -> p.matches(PathContainer.parsePath(path)));
                for (var method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
                    var httpMethod = method.asHttpMethod();
                    problem(httpMethod, path, isPublic).ifPresent(offenders::add);
                }
            }
        }

        assertThat(walked)
                .contains(
                        "/",
                        "/inloggen",
                        "/wijken/{code}",
                        "/uitnodiging/{token}",
                        "/beheer/accounts",
                        "/beheer/accounts/uitnodigen",
                        "/beheer/accounts/{id}",
                        "/beheer/accounts/{id}/deactiveren",
                        "/beheer/organisaties");
        assertThat(open).extracting(PathPattern::getPatternString).contains("/inloggen", "/");
        assertThat(offenders).isEmpty();
    }

    private Optional<String> problem(HttpMethod method, String path, boolean isPublic) {
        var what = method + " " + path + (isPublic ? " (public)" : "");
        MockHttpServletResponse response;
        try {
            var request = request(method, URI.create(path));
            response = mvc.perform(SAFE.contains(method) ? request : request.with(csrf()))
                    .andReturn()
                    .getResponse();
        } catch (Exception e) {
            return Optional.of(what + " threw " + e);
        }
        var status = response.getStatus();
        var toSignIn = status == 302 && isSignInPage(response.getRedirectedUrl());
        if (isPublic && (toSignIn || status == 401)) {
            return Optional.of(what + " answered " + status + " " + response.getRedirectedUrl());
        }
        if (!isPublic && !toSignIn && status != 401) {
            return Optional.of(what + " answered " + status
                    + (response.getRedirectedUrl() == null ? "" : " " + response.getRedirectedUrl()));
        }
        return Optional.empty();
    }

    private static boolean isSignInPage(String location) {
        return location != null
                && SecurityConfiguration.LOGIN_PAGE.equals(URI.create(location).getPath());
    }

    /** A request path for the pattern, with a plausible value for every path variable and wildcard. */
    static String concrete(String pattern) {
        var variables = PATH_VARIABLE.matcher(pattern);
        var path = new StringBuilder();
        while (variables.find()) {
            var value = switch (variables.group(1)) {
                case "id" -> UUID.randomUUID().toString();
                case "code" -> "WK019310";
                default -> "x";
            };
            variables.appendReplacement(path, Matcher.quoteReplacement(value));
        }
        variables.appendTail(path);
        return path.toString().replace("**", "x").replace("*", "x");
    }
}
