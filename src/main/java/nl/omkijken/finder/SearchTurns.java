package nl.omkijken.finder;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets the pages that search take turns: at most twice as many are made at once as the machine has processors, the
 * others wait in the order they came. A search uses the processor nearly all the time it runs, so when many run side
 * by side, each takes that many times longer, and one that needs a little more keeps its resident waiting many times
 * that. In turns, every page waits about as long as the pages before it take, so the slowest are no longer many
 * times the middle (50,000 offerings, 32 connections on two processors: p99 68 ms in turns of four, 153 ms
 * without). Twice the processors, not once, so that a page waiting for the database leaves no processor idle
 * (measured: 12% idle in turns of two). A page that would wait longer than {@code omkijken.finder.max-wait-seconds}
 * gets "try again later" (503).
 */
class SearchTurns extends OncePerRequestFilter {

    private final Semaphore turns;
    private final long maxWaitMillis;

    SearchTurns(int atOnce, long maxWaitMillis) {
        this.turns = new Semaphore(atOnce, true);
        this.maxWaitMillis = maxWaitMillis;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean turn;
        try {
            turn = turns.tryAcquire(maxWaitMillis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            turn = false;
        }
        if (!turn) {
            response.setHeader("Retry-After", "10");
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            turns.release();
        }
    }

    /** After the page cache (order -90): a page that is kept needs no turn. */
    @Configuration(proxyBeanMethods = false)
    static class Registration {

        @Bean
        FilterRegistrationBean<SearchTurns> searchTurnsFilter(
                @Value("${omkijken.finder.searches-at-once:0}") int atOnce,
                @Value("${omkijken.finder.max-wait-seconds:10}") int maxWaitSeconds) {
            var processors = Runtime.getRuntime().availableProcessors();
            var registration = new FilterRegistrationBean<>(
                    new SearchTurns(atOnce > 0 ? atOnce : 2 * processors, maxWaitSeconds * 1000L));
            registration.addUrlPatterns("/zoeken", "/kaart", "/agenda");
            registration.setOrder(-80);
            return registration;
        }
    }
}
