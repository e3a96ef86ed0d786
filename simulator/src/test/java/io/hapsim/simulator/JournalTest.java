package io.hapsim.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The journal stays within its limits however many commands run, and keeps payload bodies only when asked. */
class JournalTest {

    private static final List<String> SHOW = List.of("show", "cli", "level");

    @Test
    void keepsTheNewestCommandsAndCountsTheOthers() throws Exception {
        Journal journal = new Journal(new JournalSettings(100, 1L << 20, false));
        for (int i = 0; i < 100_000; i++) {
            journal.record(List.of("show", "map", "#" + i), null);
        }

        assertThat(journal.size()).isEqualTo(100);
        assertThat(journal.dropped()).isEqualTo(99_900);
        assertThat(journal.take(Duration.ZERO).line()).isEqualTo("show map #99900");
    }

    @Test
    void boundsTheBytesKept() {
        Journal journal = new Journal(new JournalSettings(1_000_000, 64 * 1024, true));
        String payload = "key value\n".repeat(1600).strip(); // a 16 KB chunk
        for (int i = 0; i < 1000; i++) {
            journal.record(List.of("add", "map", "@1", "m"), payload);
        }

        assertThat(journal.size()).as("64 KiB holds four commands of ~16.1 KB").isEqualTo(4);
        assertThat(journal.dropped()).isEqualTo(996);
    }

    @Test
    void keepsPayloadsAsCountsUnlessAsked() throws Exception {
        Journal counts = new Journal(JournalSettings.defaults());
        Journal bodies = new Journal(JournalSettings.defaults().keepingPayloads());
        counts.record(List.of("add", "map", "m"), "k1 v1\nk2 v2");
        bodies.record(List.of("add", "map", "m"), "k1 v1\nk2 v2");

        assertThat(counts.take(Duration.ZERO)).isEqualTo(new RecordedCommand(List.of("add", "map", "m"), null, 2, 11));
        assertThat(bodies.take(Duration.ZERO).payload()).isEqualTo("k1 v1\nk2 v2");
    }

    @Test
    void offKeepsNothing() throws Exception {
        Journal journal = new Journal(JournalSettings.off());
        journal.record(SHOW, null);

        assertThat(journal.size()).isZero();
        assertThat(journal.dropped()).isEqualTo(1);
        assertThat(journal.take(Duration.ofMillis(10))).isNull();
    }

    /** Every command of a long-running simulator used to stay in an unbounded queue (~170 bytes each). */
    @Test
    void aSimulatorKeepsNoMoreThanItsLimit() throws Exception {
        try (Simulator haproxy = Simulator.builder().version("3.2").journal(new JournalSettings(50, 1L << 20, false))
                .start(); RawClient client = RawClient.connect(haproxy)) {
            client.send("prompt\n" + "show cli level\n".repeat(5000) + "quit\n");
            client.finish(Duration.ofSeconds(10));

            assertThat(haproxy.commandCount()).isEqualTo(50);
            assertThat(haproxy.droppedCommands()).isEqualTo(5002 - 50);
        }
    }
}
