package nl.omkijken;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;

import nl.omkijken.identity.Role;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** Signs in through the real sign-in form and hands back the session, to send along with later requests. */
public final class SignInSessions {

    /** The password of every demo account (see the README). */
    public static final String DEMO_PASSWORD = "Omkijken-demo-2026";

    private SignInSessions() {}

    public static MockHttpSession signIn(MockMvc mvc, String email, String password) throws Exception {
        var result = mvc.perform(formLogin("/inloggen")
                        .userParameter("email")
                        .user(email)
                        .password(password))
                .andExpect(authenticated().withUsername(email))
                .andReturn();
        return (MockHttpSession) result.getRequest().getSession(false);
    }

    public static MockHttpSession signInAsDemo(MockMvc mvc, String email) throws Exception {
        return signIn(mvc, email, DEMO_PASSWORD);
    }

    /** The demo account that holds this role (see the README). */
    public static String demoAccount(Role role) {
        return switch (role) {
            case RESIDENT -> "inwoner@omkijken.test";
            case VOLUNTEER -> "vrijwilliger@omkijken.test";
            case PROVIDER_STAFF -> "aanbieder@omkijken.test";
            case PROVIDER_ADMINISTRATOR -> "aanbiederbeheer@omkijken.test";
            case EDITOR -> "redactie@omkijken.test";
            case COORDINATOR -> "coordinator@omkijken.test";
            case NEIGHBOURHOOD_TEAM -> "wijkteam@omkijken.test";
            case POLICY_ADVISOR -> "beleid@omkijken.test";
            case ADMINISTRATOR -> "beheer@omkijken.test";
        };
    }
}
