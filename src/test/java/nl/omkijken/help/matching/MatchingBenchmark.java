package nl.omkijken.help.matching;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Buddy matching at the sizes the issue names, on seeded made-up intakes ({@link RandomProfiles}). Run by
 * {@code bench/matching}; figures come from there, never from a test.
 */
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
public class MatchingBenchmark {

    /** 10,000 volunteers, prepared once, and 1,000 residents asking one after another. */
    @State(Scope.Benchmark)
    public static class Initiative {
        Volunteers volunteers;
        List<Profile> residents;
        int next;

        @Setup
        public void make() {
            var random = new RandomProfiles(2026);
            volunteers = new Volunteers(random.volunteers(10_000));
            residents = random.residents(1_000);
        }
    }

    /** A waiting list of 2,000 residents and 2,000 volunteers. */
    @State(Scope.Benchmark)
    public static class WaitingList {
        List<Profile> residents;
        List<Profile> volunteers;
        long possiblePairs;

        @Setup
        public void make() {
            var random = new RandomProfiles(2027);
            residents = random.residents(2_000);
            volunteers = random.volunteers(2_000);
            possiblePairs = residents.stream()
                    .mapToLong(resident -> volunteers.stream()
                            .filter(volunteer -> Scoring.fit(resident, volunteer) instanceof Suggestion)
                            .count())
                    .sum();
        }

        /** Printed after the runs, so that it does not break JMH's lines. */
        @TearDown
        public void report() {
            System.out.printf("Waiting list: %,d of %,d pairs possible%n", possiblePairs, 2_000L * 2_000);
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 3, time = 5)
    @Measurement(iterations = 5, time = 5)
    public List<Suggestion> rankTenThousandVolunteers(Initiative initiative) {
        initiative.next = (initiative.next + 1) % initiative.residents.size();
        return initiative.volunteers.bestFor(initiative.residents.get(initiative.next), 20);
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @Warmup(iterations = 2)
    @Measurement(iterations = 5)
    public List<Suggestion> pairTwoThousandWithTwoThousand(WaitingList waitingList) {
        return Pairing.best(waitingList.residents, waitingList.volunteers);
    }
}
