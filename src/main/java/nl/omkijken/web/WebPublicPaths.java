package nl.omkijken.web;

import nl.omkijken.identity.PublicPaths;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class WebPublicPaths {

    @Bean
    PublicPaths webPages() {
        return new PublicPaths(
                "/",
                "/wijken/*",
                "/toegankelijkheid",
                "/privacy",
                UploadRefusalFilter.PATH,
                "/css/**",
                "/js/**",
                "/vendor/**",
                "/img/**",
                "/favicon.ico");
    }
}
