package nl.omkijken.web;

import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.AbstractApplicationContext;
import org.springframework.context.support.ResourceBundleMessageSource;

@Configuration(proxyBeanMethods = false)
class MessagesConfiguration {

    /**
     * The texts of every page and mail: {@code messages.properties} (Dutch) and {@code messages_en.properties}, in
     * UTF-8, never the server's own language. Spring keeps one {@link MessageFormat} per text and fills it in under a
     * lock on that one object, so a page that fills the same text a hundred times ("Binnenstad (12)") made every
     * request wait for the others; here each call fills in its own copy.
     */
    @Bean(AbstractApplicationContext.MESSAGE_SOURCE_BEAN_NAME)
    MessageSource messageSource() {
        var source = new ResourceBundleMessageSource() {
            @Override
            protected MessageFormat resolveCode(String code, Locale locale) {
                var shared = super.resolveCode(code, locale);
                return shared == null ? null : (MessageFormat) shared.clone();
            }
        };
        source.setBasename("messages");
        source.setDefaultEncoding(StandardCharsets.UTF_8.name());
        source.setFallbackToSystemLocale(false);
        return source;
    }
}
