package nl.omkijken.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import nl.omkijken.IntegrationTest;
import nl.omkijken.SignInSessions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class ColleagueInvitationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountRepository accounts;

    @Autowired
    OrganisationRepository organisations;

    @Test
    void aProviderAdministratorInvitesAStaffMemberToTheirOwnOrganisationOnly() throws Exception {
        var travers = organisation("Travers Welzijn");
        var admin = SignInSessions.signInAsDemo(mvc, "aanbiederbeheer@omkijken.test");
        var email = "collega-" + UUID.randomUUID() + "@omkijken.test";

        mvc.perform(post("/organisatie/" + travers + "/collegas")
                        .with(csrf())
                        .session(admin)
                        .param("email", email)
                        .param("displayName", "Nieuwe collega"))
                .andExpect(status().is3xxRedirection());

        var invited = accounts.findByMunicipalityCodeAndEmail("GM0193", email).orElseThrow();
        assertThat(invited.roles()).containsExactly(Role.PROVIDER_STAFF);
        assertThat(invited.organisationIds()).containsExactly(travers);
    }

    @Test
    void staffAndAdministratorsOfOtherOrganisationsCannotInvite() throws Exception {
        var samenOuderen = organisation("SamenOuderen Zwolle");
        var email = "indringer-" + UUID.randomUUID() + "@omkijken.test";

        mvc.perform(get("/organisatie/" + samenOuderen + "/collegas")
                        .session(SignInSessions.signInAsDemo(mvc, "aanbieder@omkijken.test")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/organisatie/" + samenOuderen + "/collegas")
                        .with(csrf())
                        .session(SignInSessions.signInAsDemo(mvc, "aanbiederbeheer@omkijken.test"))
                        .param("email", email)
                        .param("displayName", "Indringer"))
                .andExpect(status().isForbidden());

        assertThat(accounts.findByMunicipalityCodeAndEmail("GM0193", email)).isEmpty();
    }

    private UUID organisation(String name) {
        return organisations
                .findByMunicipalityCodeAndNameIgnoreCase("GM0193", name)
                .orElseThrow()
                .id();
    }
}
