package io.hapsim.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import io.hapsim.simulator.Simulator;
import io.hapsim.simulator.fault.Faults;
import io.hapsim.simulator.journal.Journal;
import io.hapsim.simulator.master.MasterWorker;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * The extension as users meet it: through {@link HapsimTest} and through {@code @RegisterExtension}. Where lifetimes
 * and parallel runs matter, a sample class is run by the test through the JUnit engine (Surefire itself leaves the
 * nested sample classes out).
 */
@HapsimTest(version = "2.8")
class HapsimExtensionTest {

    /** The UNIX sockets the sample classes' tests were given, in the order they ran. */
    static final Queue<Path> SEEN = new ConcurrentLinkedQueue<>();

    @BeforeEach
    void forget() {
        SEEN.clear();
    }

    @Test
    void injectsASimulatorOfTheClassVersion(Simulator haproxy) throws Exception {
        assertThat(haproxy.profile().label()).isEqualTo("2.8");
        assertThat(exchange(haproxy.unixSocket(), "show cli level\n")).isEqualTo("admin\n\n");
        assertThat(haproxy.takeCommand(Duration.ofSeconds(1)).line()).isEqualTo("show cli level");
    }

    @Test
    @HapsimTest(version = "3.2")
    void methodSettingsWin(Simulator haproxy) {
        assertThat(haproxy.profile().label()).isEqualTo("3.2");
    }

    @Test
    void eachTestGetsItsOwnSimulator(Simulator haproxy) {
        assertThat(haproxy.journal().commands()).isEmpty();
    }

    @Test
    @HapsimTest(version = "3.4")
    void injectsTheFaultsAndJournalOfTheTestsSimulator(Simulator haproxy, Faults faults, Journal journal)
            throws Exception {
        faults.onCommand("show cli level").answer("Permission denied\n");

        assertThat(exchange(haproxy.unixSocket(), "show cli level\n")).isEqualTo("Permission denied\n\n");
        assertThat(journal.awaitCommand(c -> c.is("show cli level"), Duration.ofSeconds(5)).orElseThrow().faults())
                .singleElement().asString().startsWith("answer 'Permission denied'");
        assertThat(journal).isSameAs(haproxy.journal());
    }

    @Test
    @HapsimTest(version = "2.6", nonInteractiveClose = "after=2")
    void pinsTheNonInteractiveClose(Simulator haproxy) throws Exception {
        assertThat(exchange(haproxy.unixSocket(), "show cli level\n".repeat(3))).isEqualTo("admin\n\n".repeat(2));
    }

    @Test
    @HapsimTest(tcp = true)
    void listensOnAFreeTcpPortBesideItsUnixSocket(Simulator haproxy) throws Exception {
        assertThat(haproxy.tcpAddress().getPort()).isPositive();
        try (SocketChannel channel = SocketChannel.open(haproxy.tcpAddress())) {
            assertThat(exchange(channel, "show cli level\n")).isEqualTo("admin\n\n");
        }
        assertThat(exchange(haproxy.unixSocket(), "show cli level\n")).isEqualTo("admin\n\n");
    }

    @Test
    @HapsimTest(version = "3.2", masterWorker = true)
    void runsAMasterWorkerWhoseCurrentWorkerIsTheSimulator(MasterWorker haproxy, Simulator worker) throws Exception {
        assertThat(exchange(haproxy.masterSocket(), "@1 show info\n")).contains("\nPid: " + haproxy.workerPid() + "\n");
        assertThat(worker).isSameAs(haproxy.worker());
        assertThat(exchange(worker.unixSocket(), "show cli level\n")).isEqualTo("admin\n\n");
    }

    @Test
    void aStaticRegistrationServesTheWholeClassThenCloses() {
        run(StaticRegistration.class, 3, false);

        assertThat(SEEN).hasSize(3).containsOnly(SEEN.peek());
        assertThat(SEEN.peek()).doesNotExist();
    }

    @Test
    void anInstanceRegistrationServesOneTestEach() {
        run(InstanceRegistration.class, 3, false);

        assertThat(SEEN).hasSize(3).doesNotHaveDuplicates().allSatisfy(socket -> assertThat(socket).doesNotExist());
    }

    @Test
    void testsRunningInParallelEachHaveTheirOwn() {
        run(ParallelTests.class, 4, true);

        assertThat(SEEN).hasSize(4).doesNotHaveDuplicates().allSatisfy(socket -> assertThat(socket).doesNotExist());
    }

    private static void run(Class<?> testClass, int tests, boolean parallel) {
        EngineTestKit.engine("junit-jupiter").selectors(selectClass(testClass))
                .configurationParameter("junit.jupiter.execution.parallel.enabled", Boolean.toString(parallel))
                .configurationParameter("junit.jupiter.execution.parallel.mode.default", "concurrent")
                .execute().testEvents().assertStatistics(stats -> stats.started(tests).succeeded(tests));
    }

    /** Each test answers on the simulator it was given and records its socket. */
    private static void answersAndRecord(Simulator haproxy) throws IOException {
        assertThat(exchange(haproxy.unixSocket(), "show cli level\n")).isEqualTo("admin\n\n");
        SEEN.add(haproxy.unixSocket());
    }

    static class StaticRegistration {
        @RegisterExtension
        static final HapsimExtension HAPROXY = HapsimExtension.using(Simulator.builder().version("3.2"));

        @Test
        void one() throws IOException {
            answersAndRecord(HAPROXY.simulator());
        }

        @Test
        void two(Simulator injected) throws IOException {
            assertThat(injected).isSameAs(HAPROXY.simulator());
            answersAndRecord(injected);
        }

        @Test
        void three() throws IOException {
            answersAndRecord(HAPROXY.simulator());
        }
    }

    static class InstanceRegistration {
        @RegisterExtension
        final HapsimExtension haproxy = HapsimExtension.using(Simulator.builder().version("2.6"));

        @Test
        void one() throws IOException {
            answersAndRecord(haproxy.simulator());
        }

        @Test
        void two() throws IOException {
            answersAndRecord(haproxy.simulator());
        }

        @Test
        void three() throws IOException {
            answersAndRecord(haproxy.simulator());
        }
    }

    @HapsimTest(version = "3.0")
    static class ParallelTests {
        @Test
        void one(Simulator haproxy) throws IOException {
            answersAndRecord(haproxy);
        }

        @Test
        void two(Simulator haproxy) throws IOException {
            answersAndRecord(haproxy);
        }

        @Test
        void three(Simulator haproxy) throws IOException {
            answersAndRecord(haproxy);
        }

        @Test
        void four(Simulator haproxy) throws IOException {
            answersAndRecord(haproxy);
        }
    }

    /** One request, then the client's end; everything the server answered until it closed. */
    private static String exchange(Path socket, String request) throws IOException {
        try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            channel.connect(UnixDomainSocketAddress.of(socket));
            return exchange(channel, request);
        }
    }

    private static String exchange(SocketChannel channel, String request) throws IOException {
        channel.write(ByteBuffer.wrap(request.getBytes(StandardCharsets.ISO_8859_1)));
        channel.shutdownOutput();
        ByteBuffer answer = ByteBuffer.allocate(64 * 1024);
        while (channel.read(answer) >= 0) {
            if (!answer.hasRemaining()) {
                throw new IOException("answer over 64 KB");
            }
        }
        return new String(answer.array(), 0, answer.position(), StandardCharsets.ISO_8859_1);
    }
}
