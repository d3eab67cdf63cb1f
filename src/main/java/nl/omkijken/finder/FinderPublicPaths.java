package nl.omkijken.finder;

import nl.omkijken.identity.PublicPaths;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Everything the finder shows is public: the search, offerings, agenda, map and the open data API. */
@Configuration(proxyBeanMethods = false)
class FinderPublicPaths {

    @Bean
    PublicPaths finderPages() {
        return new PublicPaths(
                "/zoeken",
                "/aanbod/*",
                "/aanbod/*/*",
                "/agenda",
                "/agenda.ics",
                "/agenda/print",
                "/kaart",
                "/kaart/punten.json",
                HsdsApiController.BASE,
                HsdsApiController.BASE + "/**");
    }
}
