package nl.omkijken.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Pattern;
import nl.omkijken.IntegrationTest;
import nl.omkijken.SignInSessions;
import nl.omkijken.identity.AccountSummary;
import nl.omkijken.identity.Role;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every catalog endpoint, found from the application's own request mappings so that a new one cannot be left out,
 * against every role, anonymous visitors, and staff of one provider reaching for another provider's things. Actions
 * run on offerings, a location, a schedule and a term made for this test, so the demo data stays as it is.
 */
@IntegrationTest
class CatalogEndpointMatrixTests {

    /** Reachable without an account. */
    private static final Set<String> PUBLIC = Set.of("/aanbieders/{providerId}/logo.png", "/aanbod-bevestigen");

    private static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)(:[^}]*)?}");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    OfferingEditing offerings;

    @Autowired
    ScheduleEditing schedules;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    Map<String, String> travers;
    Map<String, String> samenOuderen;

    @BeforeEach
    void thingsOfTwoProviders() {
        travers = thingsOf(CatalogFixtures.provider(jdbc, "Travers Welzijn"));
        samenOuderen = thingsOf(CatalogFixtures.provider(jdbc, "SamenOuderen Zwolle"));
    }

    @Test
    void everyRoleReachesExactlyTheCatalogEndpointsMeantForIt() throws Exception {
        var endpoints = endpoints();
        assertThat(endpoints).as("catalog endpoints found").hasSizeGreaterThan(30);
        var soft = new SoftAssertions();

        for (var endpoint : endpoints) {
            var anonymous = status(endpoint, travers, null);
            if (PUBLIC.contains(endpoint.pattern())) {
                soft.assertThat(anonymous)
                        .as("anonymous " + endpoint)
                        .isNotIn(401, 403)
                        .isLessThan(500);
            } else {
                soft.assertThat(anonymous).as("anonymous " + endpoint).isEqualTo(302);
            }
        }
        for (var role : Role.values()) {
            var email = SignInSessions.demoAccount(role);
            var session = SignInSessions.signInAsDemo(mvc, email);
            for (var endpoint : endpoints) {
                if (PUBLIC.contains(endpoint.pattern())) {
                    continue;
                }
                var status = status(endpoint, travers, session);
                if (mayUse(role, endpoint)) {
                    soft.assertThat(status)
                            .as(email + " " + endpoint)
                            .isNotIn(401, 403)
                            .isLessThan(500);
                } else {
                    soft.assertThat(status).as(email + " " + endpoint).isEqualTo(403);
                }
            }
        }
        soft.assertAll();
    }

    @Test
    void staffOfOneProviderNeverReachAnotherProvidersThings() throws Exception {
        var staff = SignInSessions.signInAsDemo(mvc, "aanbieder@omkijken.test");
        var soft = new SoftAssertions();

        for (var endpoint : endpoints()) {
            if (PUBLIC.contains(endpoint.pattern()) || !endpoint.pattern().startsWith("/aanbieder/")) {
                continue;
            }
            // Another provider's address outright, and their offering, location or schedule under one's own.
            soft.assertThat(status(endpoint, samenOuderen, staff))
                    .as("their provider " + endpoint)
                    .isIn(403, 404);
            if (VARIABLE.matcher(endpoint.pattern().replace("{providerId}", "")).find()) {
                var mixed = new TreeMap<>(samenOuderen);
                mixed.put("providerId", travers.get("providerId"));
                soft.assertThat(status(endpoint, mixed, staff))
                        .as("their things under our provider " + endpoint)
                        .isIn(403, 404);
            }
        }
        soft.assertAll();
    }

    record Endpoint(RequestMethod method, String pattern) {
        @Override
        public String toString() {
            return method + " " + pattern;
        }
    }

    private List<Endpoint> endpoints() {
        var found = new ArrayList<Endpoint>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            if (!method.getBeanType().getPackageName().startsWith("nl.omkijken.catalog")) {
                return;
            }
            for (var pattern : info.getPatternValues()) {
                for (var verb : info.getMethodsCondition().getMethods()) {
                    found.add(new Endpoint(verb, pattern));
                }
            }
        });
        found.sort((a, b) -> a.toString().compareTo(b.toString()));
        return found;
    }

    private static boolean mayUse(Role role, Endpoint endpoint) {
        if (endpoint.pattern().startsWith("/redactie")) {
            return role == Role.EDITOR;
        }
        // The portal's entry and Travers's pages: its staff, its administrator and the editors.
        return Set.of(Role.PROVIDER_STAFF, Role.PROVIDER_ADMINISTRATOR, Role.EDITOR)
                .contains(role);
    }

    private int status(Endpoint endpoint, Map<String, String> things, MockHttpSession session) throws Exception {
        var matcher = VARIABLE.matcher(endpoint.pattern());
        var path = new StringBuilder();
        while (matcher.find()) {
            var value = matcher.group(2) == null
                    ? things.get(matcher.group(1))
                    : matcher.group(2).substring(1).split("\\|")[0];
            assertThat(value)
                    .as("a value for {" + matcher.group(1) + "} in " + endpoint)
                    .isNotNull();
            matcher.appendReplacement(path, value);
        }
        matcher.appendTail(path);
        var request = request(HttpMethod.valueOf(endpoint.method().name()), path.toString());
        if (endpoint.method() == RequestMethod.POST) {
            request.with(csrf());
        }
        if (session != null) {
            request.session(session);
        }
        return mvc.perform(request).andReturn().getResponse().getStatus();
    }

    /** An offering, a location, a schedule and a term of this provider, for the test to act on. */
    private Map<String, String> thingsOf(UUID providerId) {
        var editor = new AccountSummary(
                UUID.randomUUID(), "redactie@omkijken.test", "Redactie", Set.of(Role.EDITOR), Set.of());
        var offering = offerings.create(editor, providerId, CatalogFixtures.activity("Matrix " + providerId));
        var duplicate = offerings.create(editor, providerId, CatalogFixtures.activity("Matrix kopie " + providerId));
        var location = UUID.randomUUID();
        jdbc.update(
                "insert into location (id, municipality_code, provider_id, name, street_address, postcode, city,"
                        + " latitude, longitude, neighbourhood_code, district_code)"
                        + " values (?, 'GM0193', ?, 'Matrixlocatie', 'Grote Markt 1', '8011 NB', 'Zwolle',"
                        + " 52.511441, 6.093831, 'BU01931000', 'WK019310')",
                location,
                providerId);
        schedules.add(
                editor,
                offering,
                null,
                ScheduleDetails.weekly(
                        Set.of(java.time.DayOfWeek.TUESDAY),
                        1,
                        LocalTime.of(10, 0),
                        LocalTime.of(12, 0),
                        LocalDate.now(),
                        null));
        var scheduleId = jdbc.queryForObject("select id from schedule where offering_id = ?", UUID.class, offering);
        var term = UUID.randomUUID();
        jdbc.update(
                "insert into taxonomy_term (id, municipality_code, vocabulary, code, label_nl, label_en, position)"
                        + " values (?, 'GM0193', 'THEME', ?, 'Matrixthema', 'Matrix theme', 999)",
                term,
                "matrix-" + term);
        return Map.of(
                "providerId", providerId.toString(),
                "offeringId", offering.toString(),
                "keepId", offering.toString(),
                "duplicateId", duplicate.toString(),
                "locationId", location.toString(),
                "scheduleId", scheduleId.toString(),
                "termId", term.toString());
    }
}
