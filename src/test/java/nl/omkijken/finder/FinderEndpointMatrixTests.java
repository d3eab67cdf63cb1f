package nl.omkijken.finder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.omkijken.IntegrationTest;
import nl.omkijken.SignInSessions;
import nl.omkijken.identity.AccountSummary;
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
 * Every finder endpoint that is not public, found from the application's own request mappings so that a new one
 * cannot be left out, against anonymous visitors and every role. (The catalog has its own matrix; the public finder
 * pages are walked by the security smoke test.)
 */
@IntegrationTest
class FinderEndpointMatrixTests {

    /** Who may use the staff endpoints under each path; an endpoint under none of these fails the test. */
    private static final List<Rule> RULES =
            List.of(new Rule(SynonymController.PATH, Set.of(Role.EDITOR, Role.ADMINISTRATOR)));

    @Autowired
    MockMvc mvc;

    @Autowired
    SynonymEditing editing;

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
    void onlyEditorsAndAdministratorsReachTheFindersStaffEndpoints() throws Exception {
        var endpoints = staffEndpoints();
        assertThat(endpoints)
                .extracting(Endpoint::toString)
                .contains(
                        "GET /redactie/zoekwoorden",
                        "POST /redactie/zoekwoorden",
                        "GET /redactie/zoekwoorden/{id}",
                        "POST /redactie/zoekwoorden/{id}",
                        "POST /redactie/zoekwoorden/{id}/verwijderen",
                        "GET /redactie/zoekwoorden/niet-gevonden");
        var soft = new SoftAssertions();

        for (var endpoint : endpoints) {
            var anonymous = mvc.perform(call(endpoint, null)).andReturn().getResponse();
            soft.assertThat(anonymous.getStatus()).as("anonymous " + endpoint).isEqualTo(302);
            soft.assertThat(anonymous.getRedirectedUrl())
                    .as("anonymous " + endpoint)
                    .endsWith("/inloggen");
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

    private List<Endpoint> staffEndpoints() {
        var open = publicPaths.stream()
                .flatMap(p -> p.patterns().stream())
                .map(PathPatternParser.defaultInstance::parse)
                .toList();
        var found = new ArrayList<Endpoint>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            if (!method.getBeanType().getPackageName().equals(getClass().getPackageName())) {
                return;
            }
            for (var pattern : info.getPatternValues()) {
                var path = PathContainer.parsePath(pattern.replaceAll("\\{[^}]+}", "x"));
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

    /** A word of its own for each request to one word, so that a deletion leaves the next one something to act on. */
    private UUID aSynonym() {
        var editor = new AccountSummary(
                UUID.randomUUID(), "redactie@omkijken.test", "Redactie", Set.of(Role.EDITOR), Set.of());
        var word = SynonymPages.unique();
        assertThat(editing.add(editor, new SynonymForm(word, "koffie"))).isEmpty();
        return editing.idOf(word).orElseThrow();
    }

    private RequestBuilder call(Endpoint endpoint, MockHttpSession session) {
        var path = endpoint.pattern().contains("{id}")
                ? endpoint.pattern().replace("{id}", aSynonym().toString())
                : endpoint.pattern();
        var request = request(HttpMethod.valueOf(endpoint.method().name()), path);
        if (endpoint.method() == RequestMethod.POST) {
            request.with(csrf());
        }
        if (session != null) {
            request.session(session);
        }
        return request;
    }
}
