package nl.omkijken.finder;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.TreeMap;
import nl.omkijken.catalog.OfferingChanged;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Keeps the rendered search pages that residents ask for most, so the popular searches ("koffie", "taalcafé") cost
 * almost nothing. Only pages for visitors who are not signed in, that found something (a search that finds nothing
 * must still be counted), as the search page marks them. Every catalog change empties it after the search index has
 * taken the change, and a page is kept at most a minute ({@code omkijken.finder.page-cache-seconds}; 0 switches it
 * off), so "open now" and the next dates never lag far behind.
 */
@Component
class SearchPageCache extends OncePerRequestFilter {

    /** The request attribute by which the search page says its result may be kept. */
    static final String CACHEABLE = SearchPageCache.class.getName() + ".cacheable";

    private static final long MAX_BYTES = 32L * 1024 * 1024;

    private final boolean enabled;
    private final Cache<String, Page> pages;

    SearchPageCache(@Value("${omkijken.finder.page-cache-seconds:60}") int seconds) {
        this.enabled = seconds > 0;
        this.pages = Caffeine.newBuilder()
                .maximumWeight(MAX_BYTES)
                .weigher((String key, Page page) -> key.length() + page.body().length)
                .expireAfterWrite(Duration.ofSeconds(Math.max(1, seconds)))
                .build();
    }

    private record Page(String contentType, byte[] body) {}

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !enabled || !"GET".equals(request.getMethod()) || !"/zoeken".equals(request.getRequestURI());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getUserPrincipal() != null) {
            chain.doFilter(request, response);
            return;
        }
        var key = key(request);
        var kept = pages.getIfPresent(key);
        if (kept != null) {
            response.setContentType(kept.contentType());
            response.setContentLength(kept.body().length);
            response.getOutputStream().write(kept.body());
            return;
        }
        var recorder = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, recorder);
        if (recorder.getStatus() == HttpServletResponse.SC_OK && Boolean.TRUE.equals(request.getAttribute(CACHEABLE))) {
            pages.put(key, new Page(recorder.getContentType(), recorder.getContentAsByteArray()));
        }
        recorder.copyBodyToResponse();
    }

    /** The page's parameters in name order, so that the same search in another order finds the same page. */
    private static String key(HttpServletRequest request) {
        var key = new StringBuilder();
        new TreeMap<>(request.getParameterMap())
                .forEach((name, values) -> key.append(name)
                        .append('=')
                        .append(String.join("\u0000", values))
                        .append('&'));
        return key.toString();
    }

    /** After the search index has taken the change (it listens first). */
    @TransactionalEventListener(fallbackExecution = true)
    @Order(1)
    public void on(OfferingChanged change) {
        clear();
    }

    void clear() {
        pages.invalidateAll();
    }

    long size() {
        return pages.estimatedSize();
    }

    /** Right after Spring Security (order -100), which tells who is signed in; only for the search page. */
    @Configuration(proxyBeanMethods = false)
    static class Registration {

        @Bean
        FilterRegistrationBean<SearchPageCache> searchPageCacheFilter(SearchPageCache cache) {
            var registration = new FilterRegistrationBean<>(cache);
            registration.addUrlPatterns("/zoeken");
            registration.setOrder(-90);
            return registration;
        }
    }
}
