package nl.omkijken.help;

import nl.omkijken.identity.PublicPaths;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Anyone may read the public help requests and offers and report one; writing, reacting and "Mijn oproepen" need an
 * account, except for a vacancy's contact answering on their secret link. Only an id (a UUID) after {@code /hulp/} is public, so {@code /hulp/vragen} and the like are not.
 */
@Configuration(proxyBeanMethods = false)
class HelpPublicPaths {

    private static final String ID = "{id:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}}";

    @Bean
    PublicPaths helpPostPages() {
        return new PublicPaths("/hulp", "/hulp/" + ID, "/hulp/" + ID + "/melden");
    }

    /**
     * A vacancy's contact has no account: the secret link in their mail is their key to the conversation. So is the
     * link that asks both sides of a match whether it worked out.
     */
    @Bean
    PublicPaths vacancyContactPages() {
        return new PublicPaths(ContactController.BASE + "**", OutcomeController.BASE + "*");
    }
}
