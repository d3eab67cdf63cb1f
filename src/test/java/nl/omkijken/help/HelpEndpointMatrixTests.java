package nl.omkijken.help;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.omkijken.IntegrationTest;
import nl.omkijken.SignInSessions;
import nl.omkijken.identity.PublicPaths;
import nl.omkijken.identity.Role;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Every help endpoint that is not public, found from the application's own request mappings so that a new one cannot
 * be left out, against anonymous visitors and every role. Which thread, post or intake a person may reach within
 * their role is tested beside each screen; here an id is one nobody has, so the answer for a permitted role may be
 * the normal 404 page, never 401, 403 or an error.
 */
@IntegrationTest
class HelpEndpointMatrixTests {

    private static final Set<Role> EVERYONE = EnumSet.allOf(Role.class);

    /** Who may use the endpoints under each path, most specific first; an endpoint under none fails the test. */
    private static final List<Rule> RULES = List.of(
            new Rule("/redactie/hulp", EnumSet.of(Role.EDITOR)),
            new Rule(
                    "/hulp/namens",
                    EnumSet.of(
                            Role.COORDINATOR,
                            Role.NEIGHBOURHOOD_TEAM,
                            Role.PROVIDER_STAFF,
                            Role.PROVIDER_ADMINISTRATOR,
                            Role.EDITOR)),
            new Rule("/coordinator", EnumSet.of(Role.COORDINATOR)),
            new Rule("/beleid/hulp", EnumSet.of(Role.POLICY_ADVISOR, Role.EDITOR)),
            new Rule("/hulp", EVERYONE),
            new Rule("/berichten", EVERYONE),
            new Rule("/vrijwilligerswerk", EVERYONE));

    @Autowired
    MockMvc mvc;

    @Autowired
    List<PublicPaths> publicPaths;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    record Rule(String prefix, Set<Role> roles) {}

    record Endpoint(RequestMethod method, String pattern) {
        @Override
        public String toString() {
            return method + " " + pattern;
        }
    }

    @Test
    void everyRoleReachesExactlyTheHelpEndpointsMeantForIt() throws Exception {
        var endpoints = endpoints();
        assertThat(endpoints).as("help endpoints found").hasSizeGreaterThan(10);
        var soft = new SoftAssertions();

        for (var endpoint : endpoints) {
            var anonymous = mvc.perform(call(endpoint, null)).andReturn().getResponse();
            soft.assertThat(anonymous.getStatus()).as("anonymous " + endpoint).isEqualTo(302);
            soft.assertThat(anonymous.getRedirectedUrl())
                    .as("anonymous " + endpoint)
                    .contains("/inloggen");
        }
        for (var role : Role.values()) {
            var session = SignInSessions.signInAsDemo(mvc, SignInSessions.demoAccount(role));
            for (var endpoint : endpoints) {
                var status = mvc.perform(call(endpoint, session))
                        .andReturn()
                        .getResponse()
                        .getStatus();
                if (rule(endpoint).roles().contains(role)) {
                    soft.assertThat(status)
                            .as(role + " " + endpoint)
                            .isNotIn(401, 403)
                            .isLessThan(500);
                } else {
                    soft.assertThat(status).as(role + " " + endpoint).isEqualTo(403);
                }
            }
        }
        soft.assertAll();
    }

    private List<Endpoint> endpoints() {
        var open = publicPaths.stream()
                .flatMap(p -> p.patterns().stream())
                .map(PathPatternParser.defaultInstance::parse)
                .toList();
        var found = new ArrayList<Endpoint>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            if (!method.getBeanType().getPackageName().startsWith(getClass().getPackageName())) {
                return;
            }
            for (var pattern : info.getPatternValues()) {
                var path = PathContainer.parsePath(concrete(pattern));
                if (open.stream().noneMatch(p -> p.matches(path))) {
                    info.getMethodsCondition().getMethods().forEach(verb -> found.add(new Endpoint(verb, pattern)));
                }
            }
        });
        found.sort((a, b) -> a.toString().compareTo(b.toString()));
        return found;
    }

    private static Rule rule(Endpoint endpoint) {
        return RULES.stream()
                .filter(r -> endpoint.pattern().startsWith(r.prefix()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No rule says who may use " + endpoint));
    }

    /** The path with an id nobody has in every variable. */
    private static String concrete(String pattern) {
        return pattern.replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
    }

    private RequestBuilder call(Endpoint endpoint, MockHttpSession session) {
        var request = request(HttpMethod.valueOf(endpoint.method().name()), concrete(endpoint.pattern()));
        if (endpoint.method() == RequestMethod.POST) {
            request.with(csrf());
        }
        if (session != null) {
            request.session(session);
        }
        return request;
    }
}
