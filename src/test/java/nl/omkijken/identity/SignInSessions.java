package nl.omkijken.identity;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;

import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** Signs in through the real sign-in form and hands back the session, to send along with later requests. */
final class SignInSessions {

    private SignInSessions() {}

    static MockHttpSession signIn(MockMvc mvc, String email, String password) throws Exception {
        var result = mvc.perform(formLogin(SecurityConfiguration.LOGIN_PAGE)
                        .userParameter("email")
                        .user(email)
                        .password(password))
                .andExpect(authenticated().withUsername(email))
                .andReturn();
        return (MockHttpSession) result.getRequest().getSession(false);
    }

    static MockHttpSession signInAsDemo(MockMvc mvc, String email) throws Exception {
        return signIn(mvc, email, DemoAccounts.PASSWORD);
    }
}
