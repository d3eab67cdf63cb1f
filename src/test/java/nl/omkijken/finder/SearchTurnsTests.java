package nl.omkijken.finder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.FilterChain;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** Search pages take turns: a few at once, the rest in the order they came, and "try again" after too long. */
class SearchTurnsTests {

    private final CountDownLatch finish = new CountDownLatch(1);
    private final List<String> entered = new CopyOnWriteArrayList<>();
    private final List<Thread> threads = new CopyOnWriteArrayList<>();

    @AfterEach
    void letEveryoneFinish() throws InterruptedException {
        finish.countDown();
        for (var thread : threads) {
            thread.join(5_000);
        }
    }

    @Test
    void onlyAsManyPagesAsThereAreTurnsAreMadeAtOnce() throws Exception {
        var turns = new SearchTurns(2, 10_000);

        ask(turns, "first", true);
        ask(turns, "second", true);
        awaitEntered(2);
        var third = ask(turns, "third", false);
        waitsForATurn(third);

        assertThat(entered).containsExactlyInAnyOrder("first", "second");
        finish.countDown();
        third.join(5_000);
        assertThat(entered).hasSize(3).endsWith("third");
    }

    @Test
    void pagesThatWaitAreMadeInTheOrderTheyCame() throws Exception {
        var turns = new SearchTurns(1, 10_000);
        ask(turns, "first", true);
        awaitEntered(1);
        var waiting = new java.util.ArrayList<Thread>();
        for (var name : List.of("second", "third", "fourth", "fifth")) {
            var thread = ask(turns, name, false);
            waitsForATurn(thread);
            waiting.add(thread);
        }

        finish.countDown();
        for (var thread : waiting) {
            thread.join(5_000);
        }
        assertThat(entered).containsExactly("first", "second", "third", "fourth", "fifth");
    }

    @Test
    void aPageThatWaitsTooLongGetsTryAgainLaterAndIsNotMade() throws Exception {
        var turns = new SearchTurns(1, 200);
        ask(turns, "busy", true);
        awaitEntered(1);

        var response = new MockHttpServletResponse();
        turns.doFilter(new MockHttpServletRequest("GET", "/zoeken"), response, (request, res) -> entered.add("late"));

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo("10");
        assertThat(entered).containsExactly("busy");
    }

    @Test
    void aTurnIsGivenBackWhenThePageFails() throws Exception {
        var turns = new SearchTurns(1, 200);
        FilterChain failing = (request, response) -> {
            throw new IllegalStateException("broken");
        };

        assertThatThrownBy(() -> turns.doFilter(
                        new MockHttpServletRequest("GET", "/zoeken"), new MockHttpServletResponse(), failing))
                .isInstanceOf(IllegalStateException.class);

        var response = new MockHttpServletResponse();
        turns.doFilter(new MockHttpServletRequest("GET", "/zoeken"), response, (request, res) -> entered.add("next"));
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(entered).containsExactly("next");
    }

    /** A page request on its own thread; with {@code hold}, it keeps its turn until the test lets it finish. */
    private Thread ask(SearchTurns turns, String name, boolean hold) {
        var thread = new Thread(() -> {
            try {
                turns.doFilter(
                        new MockHttpServletRequest("GET", "/zoeken"),
                        new MockHttpServletResponse(),
                        (request, response) -> {
                            entered.add(name);
                            if (hold) {
                                await(finish);
                            }
                        });
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        threads.add(thread);
        thread.start();
        return thread;
    }

    private void awaitEntered(int count) throws InterruptedException {
        var deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (entered.size() < count && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(entered).hasSize(count);
    }

    /** The thread has asked for a turn and waits for one; so it stands in line behind those that asked before. */
    private static void waitsForATurn(Thread thread) throws InterruptedException {
        var deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (thread.getState() != Thread.State.TIMED_WAITING && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(thread.getState()).isEqualTo(Thread.State.TIMED_WAITING);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
