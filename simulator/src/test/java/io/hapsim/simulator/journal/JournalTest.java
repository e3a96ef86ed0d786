package io.hapsim.simulator.journal;

import static org.assertj.core.api.Assertions.assertThat;

import io.hapsim.simulator.RawClient;
import io.hapsim.simulator.Simulator;
import io.hapsim.simulator.session.AccessLevel;
import io.hapsim.simulator.session.ConnectionEnd;
import io.hapsim.simulator.session.ConnectionObserver;
import io.netty.buffer.Unpooled;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The journal records connections and commands as clients really sent them, answers them from any thread, and stays
 * within its limits however many commands run.
 */
class JournalTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @Test
    void keepsTheNewestCommandsAndCountsTheOthers() throws Exception {
        Journal journal = new Journal(new JournalSettings(100, 1L << 20, false));
        ConnectionObserver connection = journal.open(1, "admin.sock", AccessLevel.ADMIN);
        for (int i = 0; i < 100_000; i++) {
            connection.commandTaken(List.of("show", "map", "#" + i), null, AccessLevel.ADMIN);
        }

        assertThat(journal.commands()).hasSize(100);
        assertThat(journal.dropped()).isEqualTo(99_900);
        assertThat(journal.take(Duration.ZERO).line()).isEqualTo("show map #99900");
        assertThat(journal.commands().get(99).index()).as("its place on its connection").isEqualTo(100_000);
    }

    @Test
    void boundsTheBytesKept() {
        Journal journal = new Journal(new JournalSettings(1_000_000, 64 * 1024, true));
        ConnectionObserver connection = journal.open(1, "admin.sock", AccessLevel.ADMIN);
        String payload = "key value\n".repeat(1600).strip(); // a 16 KB chunk
        for (int i = 0; i < 1000; i++) {
            connection.commandTaken(List.of("add", "map", "@1", "m"), payload, AccessLevel.ADMIN);
        }

        assertThat(journal.commands()).as("64 KiB holds four commands of ~16.1 KB").hasSize(4);
        assertThat(journal.dropped()).isEqualTo(996);
    }

    @Test
    void aLongVerbatimConnectionKeepsItsNewestBytesWithinHalfTheBudget() {
        Journal journal = new Journal(new JournalSettings(1_000, 64 * 1024, true));
        ConnectionObserver connection = journal.open(1, "admin.sock", AccessLevel.ADMIN);
        String line = "show cli level\n";
        for (int i = 0; i < 100_000; i++) {
            connection.received(Unpooled.copiedBuffer(line, StandardCharsets.ISO_8859_1));
            connection.commandTaken(List.of("show", "cli", "level"), null, AccessLevel.ADMIN);
        }

        RecordedConnection kept = journal.connections().get(0);
        assertThat(kept.chunksDropped() + kept.received().length()).isEqualTo(100_000L * line.length());
        assertThat((kept.received().length() + 48L * kept.reads().size())).as("half of 64 KiB at most")
                .isLessThanOrEqualTo(32 * 1024);
        assertThat(kept.received()).endsWith(line);
        assertThat(journal.commands()).as("the commands keep the other half").hasSizeGreaterThan(100);
    }

    @Test
    void keepsPayloadsAsCountsUnlessVerbatim() throws Exception {
        Journal counts = new Journal(JournalSettings.defaults());
        Journal bodies = new Journal(JournalSettings.defaults().keepingEverything());
        counts.open(1, "s", AccessLevel.ADMIN).commandTaken(List.of("add", "map", "m"), "k1 v1\nk2 v2",
                AccessLevel.ADMIN);
        bodies.open(1, "s", AccessLevel.ADMIN).commandTaken(List.of("add", "map", "m"), "k1 v1\nk2 v2",
                AccessLevel.ADMIN);

        RecordedCommand counted = counts.take(Duration.ZERO);
        assertThat(counted.payload()).isNull();
        assertThat(counted.payloadLines()).isEqualTo(2);
        assertThat(counted.payloadBytes()).isEqualTo(11);
        assertThat(bodies.take(Duration.ZERO).payload()).isEqualTo("k1 v1\nk2 v2");
    }

    @Test
    void offKeepsNothing() throws Exception {
        Journal journal = new Journal(JournalSettings.off());
        journal.open(1, "s", AccessLevel.ADMIN).commandTaken(List.of("show", "info"), null, AccessLevel.ADMIN);

        assertThat(journal.commands()).isEmpty();
        assertThat(journal.connections()).isEmpty();
        assertThat(journal.dropped()).isEqualTo(1);
        assertThat(journal.take(Duration.ofMillis(10))).isNull();
    }

    /** Every command of a long-running simulator used to stay in an unbounded queue (~170 bytes each). */
    @Test
    void aSimulatorKeepsNoMoreThanItsLimit() throws Exception {
        try (Simulator haproxy = Simulator.builder().version("3.2").journal(new JournalSettings(50, 1L << 20, false))
                .start(); RawClient client = RawClient.connect(haproxy)) {
            client.send("prompt\n" + "show cli level\n".repeat(5000) + "quit\n");
            client.finish(WAIT);

            assertThat(haproxy.journal().commands()).hasSize(50);
            assertThat(haproxy.journal().dropped()).isEqualTo(5002 - 50);
        }
    }

    @Test
    void recordsEachConnectionAndItsCommandsWithTheirAnswers() throws Exception {
        try (Simulator haproxy = Simulator.builder().version("3.0").start()) {
            try (RawClient client = RawClient.connect(haproxy)) {
                client.send("prompt\nshow cli level\noperator\nshow cli level\nquit\n");
                client.finish(WAIT);
            }
            try (RawClient client = RawClient.connect(haproxy)) {
                client.send("add map #0 <<\nk v\n\n");
                client.finish(WAIT);
            }
            Journal journal = haproxy.journal();
            journal.awaitConnection(c -> c.id() == 2 && !c.isOpen(), WAIT);

            List<RecordedCommand> first = journal.commandsOf(1);
            assertThat(first).extracting(RecordedCommand::line)
                    .containsExactly("prompt", "show cli level", "operator", "show cli level", "quit");
            assertThat(first).extracting(RecordedCommand::index).containsExactly(1, 2, 3, 4, 5);
            assertThat(first.get(1).answer()).isEqualTo("admin\n\n> ");
            assertThat(first.get(3).level()).isEqualTo(AccessLevel.OPERATOR);
            assertThat(first.get(3).answer()).isEqualTo("operator\n\n> ");
            assertThat(first.get(4).answered()).as("quit closes without an answer").isFalse();
            assertThat(first.get(1).socket()).isEqualTo("unix:" + haproxy.unixSocket());

            List<RecordedConnection> connections = journal.connections();
            assertThat(connections).extracting(RecordedConnection::id).containsExactly(1L, 2L);
            assertThat(connections.get(0).end()).isEqualTo(ConnectionEnd.SERVER_CLOSED);
            assertThat(connections.get(0).commands()).isEqualTo(5);
            assertThat(connections.get(0).bytesReceived()).isEqualTo(51);
            assertThat(connections.get(0).reads()).as("received bytes are kept in verbatim journals only").isEmpty();
            assertThat(journal.commandsOf(2)).singleElement()
                    .satisfies(command -> assertThat(command.line()).isEqualTo("add map #0"));
        }
    }

    @Test
    void aVerbatimJournalKeepsEveryByteAndWholeAnswers(@TempDir Path folder) throws Exception {
        Path map = Files.writeString(folder.resolve("hosts.map"), "");
        try (Simulator haproxy = Simulator.builder().version("3.2").map(map, "str")
                .journal(JournalSettings.defaults().keepingEverything()).start();
                RawClient client = RawClient.connect(haproxy)) {
            String dump = "k" + "x".repeat(2000) + " v\n";
            client.send("add map " + map + " <<\n" + dump + "\n");
            client.finish(WAIT);
            try (RawClient reader = RawClient.connect(haproxy)) {
                reader.send("show map " + map + "\n");
                reader.finish(WAIT);
            }

            // answered and half-closed by 3.2, which waits for the client's close (it is still open)
            RecordedConnection loader = haproxy.journal().connection(1).orElseThrow();
            assertThat(loader.received()).isEqualTo("add map " + map + " <<\n" + dump + "\n");
            assertThat(loader.sent()).isEqualTo("\n");
            assertThat(loader.inputClosedAt()).as("the client did not half-close").isNull();
            RecordedCommand show = haproxy.journal().awaitCommand(c -> c.is("show map") && c.answered(), WAIT)
                    .orElseThrow();
            assertThat(show.answerComplete()).isTrue();
            assertThat(show.answer()).endsWith(" " + dump + "\n");
        }
    }

    @Test
    void takingCommandsLeavesTheQueriesWhole() throws Exception {
        try (Simulator haproxy = Simulator.builder().version("3.0").start();
                RawClient client = RawClient.connect(haproxy)) {
            client.send("show cli level\n");
            client.finish(WAIT);

            assertThat(haproxy.takeCommand(WAIT).line()).isEqualTo("show cli level");
            assertThat(haproxy.takeCommand(Duration.ofMillis(20))).isNull();
            assertThat(haproxy.journal().commands()).hasSize(1);
            assertThat(haproxy.journal().untaken()).isZero();
        }
    }
}
