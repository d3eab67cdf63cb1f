package nl.omkijken.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.LocaleResolver;

@Configuration(proxyBeanMethods = false)
class LanguageConfiguration {

    @Bean(DispatcherServlet.LOCALE_RESOLVER_BEAN_NAME)
    LocaleResolver localeResolver() {
        return new LocaleResolver() {
            @Override
            public Locale resolveLocale(HttpServletRequest request) {
                return Language.fromParameter(request.getParameter(Language.PARAMETER))
                        .locale();
            }

            @Override
            public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
                throw new UnsupportedOperationException("The language is chosen with the lang parameter");
            }
        };
    }

    /** Spring Security's filter chain runs at order -100; this runs before it, so its redirects keep the language. */
    @Bean
    FilterRegistrationBean<LanguageFilter> languageFilter() {
        var registration = new FilterRegistrationBean<>(new LanguageFilter());
        registration.setOrder(-110);
        return registration;
    }

    /** Runs before everything that reads a parameter, since any such read fails on an unreadable upload. */
    @Bean
    FilterRegistrationBean<UploadRefusalFilter> uploadRefusalFilter() {
        var registration = new FilterRegistrationBean<>(new UploadRefusalFilter());
        registration.setOrder(-120);
        return registration;
    }
}
