package io.hapsim.simulator.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hapsim.simulator.Simulator;
import io.hapsim.simulator.fault.Probe.End;
import io.hapsim.simulator.fault.Probe.Outcome;
import io.hapsim.simulator.fault.Probe.Seen;
import io.hapsim.simulator.journal.RecordedCommand;
import io.hapsim.simulator.journal.RecordedConnection;
import io.hapsim.simulator.session.AccessLevel;
import io.hapsim.simulator.session.ConnectionEnd;
import io.hapsim.simulator.transport.Endpoint;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each fault makes a client see exactly the failure it names, on the event it is tied to, and is written to the
 * journal. Timings are only asserted as lower bounds (a stall cannot end early), never as upper ones.
 */
class FaultsTest {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final Duration SILENCE = Duration.ofMillis(300);

    @TempDir
    Path folder;
    private Simulator haproxy;
    private Path map;

    private Simulator start(String version) throws IOException {
        map = Files.writeString(folder.resolve("hosts.map"), "a 1\n");
        haproxy = Simulator.builder().version(version).map(map, "str").tcp("127.0.0.1", 0, AccessLevel.ADMIN)
                .statsTimeout(Duration.ofSeconds(1)).start();
        return haproxy;
    }

    @AfterEach
    void stop() {
        if (haproxy != null) {
            haproxy.close();
        }
    }

    private Probe connect() throws IOException {
        return new Probe(haproxy.tcpAddress());
    }

    private Outcome exchange(String input) throws IOException {
        try (Probe probe = connect()) {
            return probe.send(input).read(WAIT);
        }
    }

    private String mapDump() throws IOException {
        return exchange("show map " + map + "\n").received().replaceAll("0x[0-9a-f]+ ", "");
    }

    private RecordedCommand recorded(String words) throws InterruptedException {
        return haproxy.journal().awaitCommand(c -> c.is(words), WAIT).orElseThrow();
    }

    @Test
    void closeBeforeTheAnswerMakesTheChangeAndLosesItsAnswer() throws Exception {
        start("3.0").faults().onCommand("add map").close();

        assertThat(exchange("add map " + map + " k v\n").seen()).isEqualTo(new Seen("", End.EOF));
        assertThat(mapDump()).isEqualTo("a 1\nk v\n\n");
        assertThat(recorded("add map").faults()).singleElement().asString()
                .startsWith("close before the answer (rule 1: 'add map'");
        assertThat(recorded("add map").answered()).isFalse();
    }

    @Test
    void closeBeforeTheCommandChangesNothing() throws Exception {
        start("3.0").faults().onCommand("add map").beforeCommand().close();

        Outcome outcome = exchange("add map " + map + " k v\n");

        assertThat(outcome.received()).isEmpty();
        assertThat(outcome.end()).isEqualTo(End.EOF);
        assertThat(mapDump()).isEqualTo("a 1\n\n");
    }

    @Test
    void aResetAfterTheThirdCommandIsAReadErrorAndRunsNothingMore() throws Exception {
        start("3.0").faults().afterCommands(3).reset();

        Outcome outcome = exchange("prompt\nshow cli level\nshow cli level\nadd map " + map + " k v\n");

        assertThat(outcome.end()).isEqualTo(End.RESET);
        RecordedConnection connection = haproxy.journal().awaitConnection(c -> !c.isOpen(), WAIT).orElseThrow();
        assertThat(connection.end()).isEqualTo(ConnectionEnd.SERVER_RESET);
        assertThat(connection.commands()).as("the fourth line was never taken").isEqualTo(3);
        assertThat(mapDump()).isEqualTo("a 1\n\n");
    }

    @Test
    void aStallHoldsTheAnswerForItsDurationThenGoesOn() throws Exception {
        start("3.0").faults().onCommand("show cli level").stall(Duration.ofMillis(400));

        Outcome outcome = exchange("show cli level\n");

        assertThat(outcome.received()).isEqualTo("admin\n\n");
        assertThat(outcome.end()).isEqualTo(End.EOF);
        assertThat(outcome.took()).isGreaterThanOrEqualTo(Duration.ofMillis(400));
        assertThat(recorded("show cli level").faults()).singleElement().asString()
                .startsWith("stall 400 ms before the answer");
    }

    @Test
    void aStallForeverAnswersNothingAndKeepsTheConnectionOpen() throws Exception {
        start("3.2").faults().onCommand("add map").stallForever();

        try (Probe probe = connect()) {
            Outcome outcome = probe.send("add map " + map + " k v\n").read(SILENCE);

            assertThat(outcome.received()).isEmpty();
            assertThat(outcome.end()).as("no answer, no close, not even after the stats timeout").isEqualTo(End.SILENCE);
            assertThat(probe.read(Duration.ofMillis(1500)).end()).isEqualTo(End.SILENCE);
            recorded("add map");
            assertThat(mapDump()).as("the command ran; only its answer is held").isEqualTo("a 1\nk v\n\n");
        }
    }

    @Test
    void delaysAreDrawnFromTheSeedPerConnection() throws Exception {
        List<String> first = delaysWithSeed(42);
        List<String> again = delaysWithSeed(42);
        List<String> other = delaysWithSeed(43);

        assertThat(first).hasSize(4).isEqualTo(again).isNotEqualTo(other);
        assertThat(first).allSatisfy(d -> assertThat(d).matches("delay \\d+ ms before the answer .*"));
    }

    private List<String> delaysWithSeed(long seed) throws Exception {
        try (Simulator simulator = Simulator.builder().version("3.0").tcp("127.0.0.1", 0, AccessLevel.ADMIN)
                .start()) {
            simulator.faults().onAnyCommand().seed(seed).delay(Duration.ofMillis(1), Duration.ofMillis(80));
            for (int i = 0; i < 4; i++) {
                try (Probe probe = new Probe(simulator.tcpAddress())) {
                    assertThat(probe.send("show cli level\n").read(WAIT).received()).isEqualTo("admin\n\n");
                }
            }
            return simulator.journal().commands().stream().map(c -> c.faults().get(0)).toList();
        }
    }

    @Test
    void aDripLetsTheAnswerOutAFewBytesAtATime() throws Exception {
        start("3.0").faults().onCommand("show map").drip(4, Duration.ofMillis(50));

        Outcome outcome = exchange("show map " + map + "\n");

        assertThat(outcome.received()).matches("0x[0-9a-f]+ a 1\n\n");
        int pieces = (outcome.received().length() - 1 + 3) / 4; // the answer without its terminator, 4 bytes each
        assertThat(outcome.took()).isGreaterThanOrEqualTo(Duration.ofMillis(50L * (pieces - 1)));
    }

    @Test
    void aChosenAnswerReplacesTheCommand() throws Exception {
        start("3.0").faults().onCommand("add map").answer("Unknown map identifier. Please use #<id> or <file>.\n");

        Outcome outcome = exchange("add map " + map + " k v\n");

        assertThat(outcome.received()).isEqualTo("Unknown map identifier. Please use #<id> or <file>.\n\n");
        assertThat(mapDump()).isEqualTo("a 1\n\n");
    }

    @Test
    void aDroppedTerminatorLeavesTheAnswerWithoutItsEmptyLine() throws Exception {
        start("3.0").faults().onCommand("show cli level").dropTerminator();

        assertThat(exchange("show cli level\n").received()).isEqualTo("admin\n");
        assertThat(exchange("prompt\nshow cli level\n").received()).as("in prompt mode, the prompt still comes")
                .isEqualTo("\n> admin\n> ");
    }

    @Test
    void aConnectionThatStopsReadingMakesTheClientsWritesFail() throws Exception {
        start("3.0").faults().onAccept().stopReading();

        try (Socket socket = new Socket()) {
            socket.connect(haproxy.tcpAddress());
            OutputStream out = socket.getOutputStream();
            byte[] chunk = "show cli level\n".repeat(4096).getBytes();
            assertThatThrownBy(() -> {
                for (int i = 0; i < 100_000; i++) {
                    out.write(chunk); // blocks once the socket buffers are full, fails at the stats timeout's close
                }
            }).isInstanceOf(IOException.class);
        }
        RecordedConnection connection = haproxy.journal().awaitConnection(c -> !c.isOpen(), WAIT).orElseThrow();
        assertThat(connection.end()).isEqualTo(ConnectionEnd.IDLE_TIMEOUT);
        assertThat(connection.commands()).isZero();
        assertThat(connection.faults()).singleElement().asString().startsWith("stop reading at accept");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2.6", "3.0", "3.2", "3.4"})
    void aCloseInsideAPayloadLosesTheWholeChunk(String version) throws Exception {
        start(version).faults().inPayload(3).close();

        Outcome outcome = exchange("add map " + map + " <<\nk1 v\nk2 v\nk3 v\nk4 v\n\n");

        assertThat(outcome.received()).isEmpty();
        assertThat(outcome.end()).isEqualTo(End.EOF);
        assertThat(mapDump()).isEqualTo("a 1\n\n");
    }

    @Test
    void aCloseInsideAPayloadComingLineByLineCutsItAtTheLineNamed() throws Exception {
        start("3.0").faults().inPayload(2).close();

        try (Probe probe = connect()) {
            probe.send("add map " + map + " <<\nk1 v\n");
            assertThat(probe.read(SILENCE).end()).as("one line: still waiting for more").isEqualTo(End.SILENCE);
            probe.send("k2 v\n");
            assertThat(probe.read(WAIT).seen()).isEqualTo(new Seen("", End.EOF));
        }
        assertThat(mapDump()).isEqualTo("a 1\n\n");
    }

    @Test
    void pausedAcceptingLeavesNewConnectionsWaitingUntilResumed() throws Exception {
        start("3.0").faults().pauseAccepting();

        try (Probe probe = connect()) {
            probe.send("show cli level\n");
            assertThat(probe.read(SILENCE).seen()).isEqualTo(new Seen("", End.SILENCE));

            haproxy.faults().resumeAccepting();

            assertThat(probe.read(WAIT).seen()).isEqualTo(new Seen("admin\n\n", End.EOF));
        }
    }

    @Test
    void aFaultOfTheNextConnectionActsOnThatOneOnly() throws Exception {
        start("3.0").faults().onNextConnection().onAccept().close();

        try (Probe probe = connect()) {
            // nothing sent: a close with input left unread would be a reset (TCP's rule, real HAProxy's too)
            assertThat(probe.read(WAIT).seen()).isEqualTo(new Seen("", End.EOF));
        }
        assertThat(exchange("show cli level\n").seen()).isEqualTo(new Seen("admin\n\n", End.EOF));
    }

    @Test
    void aFaultOfOneSocketLeavesTheOthersAlone(@TempDir Path sockets) throws Exception {
        map = Files.writeString(folder.resolve("hosts.map"), "a 1\n");
        haproxy = Simulator.builder().version("3.0").socket(sockets.resolve("admin.sock"), AccessLevel.ADMIN)
                .tcp("127.0.0.1", 0, AccessLevel.ADMIN).start();
        Endpoint tcp = haproxy.endpoints().stream().filter(e -> !e.isUnix()).findFirst().orElseThrow();
        haproxy.faults().onSocket(tcp.address()).onAnyCommand().answer("refused\n");

        assertThat(exchange("show cli level\n").received()).isEqualTo("refused\n\n");
        RecordedCommand overUnix;
        try (io.hapsim.simulator.RawClient client = io.hapsim.simulator.RawClient.connect(haproxy)) {
            assertThat(client.send("show cli level\n").finish(WAIT).received()).isEqualTo("admin\n\n");
        }
        overUnix = haproxy.journal().commands().get(1);
        assertThat(overUnix.socket()).isEqualTo("unix:" + haproxy.unixSocket());
        assertThat(overUnix.faults()).isEmpty();
    }

    @Test
    void aRuleActsTheNumberOfTimesAskedThenDisarms() throws Exception {
        FaultRule rule = start("3.0").faults().onCommand("show cli level").times(2).answer("no\n");

        assertThat(exchange("show cli level\n").received()).isEqualTo("no\n\n");
        assertThat(exchange("show cli level\n").received()).isEqualTo("no\n\n");
        assertThat(exchange("show cli level\n").received()).isEqualTo("admin\n\n");
        assertThat(rule.applied()).isEqualTo(2);
        assertThat(haproxy.faults().rules()).isEmpty();
    }

    @Test
    void aRuleArmedOnAnOpenConnectionActsOnItsNextCommand() throws Exception {
        start("3.0");
        try (Probe probe = connect()) {
            probe.send("prompt\n");
            assertThat(probe.readUntil("> ", WAIT)).isEqualTo("\n> ");
            long id = haproxy.journal().connections().get(0).id();
            haproxy.faults().onConnection(id).onAnyCommand().reset();

            assertThat(probe.send("show cli level\n").read(WAIT).end()).isEqualTo(End.RESET);
        }
    }

    @Test
    void chaosPicksTheSameFaultsForTheSameSeedAndTraffic() throws Exception {
        List<String> first = chaos(7);

        assertThat(first).isEqualTo(chaos(7)).isNotEqualTo(chaos(8));
        assertThat(first).as("a quarter answers 'chaos', the rest runs").contains("chaos\n\n", "admin\n\n");
    }

    private List<String> chaos(long seed) throws Exception {
        try (Simulator simulator = Simulator.builder().version("3.0").tcp("127.0.0.1", 0, AccessLevel.ADMIN)
                .start()) {
            simulator.faults().onAnyCommand().seed(seed).chaos(Chance.of(0.25, Fault.answer("chaos\n")));
            List<String> answers = new java.util.ArrayList<>();
            try (Probe probe = new Probe(simulator.tcpAddress())) {
                probe.send("prompt\n");
                probe.readUntil("> ", WAIT);
                for (int i = 0; i < 40; i++) {
                    answers.add(probe.send("show cli level\n").readUntil("> ", WAIT).replace("> ", ""));
                }
            }
            return answers;
        }
    }

    @Test
    void theInputBufferFullFreezeOf320RunsWhatItHoldsAndReadsNoMore() throws Exception {
        map = Files.writeString(folder.resolve("hosts.map"), "");
        haproxy = Simulator.builder().version("3.2").tcp("127.0.0.1", 0, AccessLevel.ADMIN).bufferSize(1024).start();
        haproxy.faults().quirk(VersionQuirk.INPUT_BUFFER_FULL_FREEZE);
        String line = "show cli level\n"; // 15 bytes: 1024 bytes hold 68 whole lines

        try (Probe probe = connect()) {
            probe.send("prompt\n" + line.repeat(200));
            int held = 1 + (1024 - 7) / 15; // the lines of the first full buffer
            haproxy.journal().awaitCommand(c -> c.index() == held && c.answered(), WAIT).orElseThrow();

            assertThat(probe.read(Duration.ofMillis(500)).end()).isEqualTo(End.SILENCE);
            assertThat(haproxy.journal().commands()).as("then nothing more").hasSize(held);
        }
    }

    @Test
    void theOversizePayloadSpinOf33CanBeMetOnAnyVersion() throws Exception {
        start("3.0").faults().quirk(VersionQuirk.OVERSIZE_PAYLOAD_SPIN);

        try (Probe probe = connect()) {
            Outcome outcome = probe.send("add map " + map + " <<\n" + "k v\n".repeat(10_000)).read(SILENCE);

            assertThat(outcome.seen()).as("no 'command is too big', no close").isEqualTo(new Seen("", End.SILENCE));
        }
        assertThat(exchange("show cli level\n").received()).as("the other connections are served")
                .isEqualTo("admin\n\n");
    }

    @Test
    void faultsThatCannotActWhereTheyAreAskedAreRefused() throws Exception {
        Faults faults = start("3.0").faults();

        assertThatThrownBy(() -> faults.inPayload(2).stall(Duration.ofMillis(5)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("inside the payload");
        assertThatThrownBy(() -> faults.onAccept().drip(1, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at accept");
        assertThatThrownBy(() -> faults.onAnyCommand().chaos(Chance.of(0.6, Fault.close()),
                Chance.of(0.6, Fault.reset()))).isInstanceOf(IllegalArgumentException.class);
    }
}
