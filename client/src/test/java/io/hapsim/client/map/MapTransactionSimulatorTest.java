package io.hapsim.client.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hapsim.client.CliAddress;
import io.hapsim.client.CliOptions;
import io.hapsim.client.HaproxyCli;
import io.hapsim.client.error.CliConnectionException;
import io.hapsim.client.error.CliTimeoutException;
import io.hapsim.client.error.EntryRejectedException;
import io.hapsim.client.error.InvalidEntryException;
import io.hapsim.client.error.TransactionFailedException;
import io.hapsim.client.error.TransactionFailedException.Phase;
import io.hapsim.client.testing.Generated;
import io.hapsim.client.testing.Instance;
import io.hapsim.client.testing.Instances;
import io.hapsim.client.testing.Listing;
import io.hapsim.simulator.version.VersionProfiles;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Atomic replacement against every simulated profile: content, strategies, chunk splitting, failures. */
class MapTransactionSimulatorTest {

    @TempDir
    Path tmp;

    static Stream<String> profiles() {
        return Instances.PROFILES.stream();
    }

    static Stream<Arguments> strategies() {
        List<Arguments> out = new ArrayList<>();
        for (String v : List.of("2.4", "2.8", "3.0", "3.2")) {
            out.add(Arguments.of(v, LoadStrategy.connectionPerChunk(1)));
            out.add(Arguments.of(v, LoadStrategy.connectionPerChunk(3)));
            out.add(Arguments.of(v, LoadStrategy.promptSession()));
        }
        out.add(Arguments.of("3.2", LoadStrategy.interactiveSession()));
        return out.stream();
    }

    private static MapInfo info(Instance haproxy, String map) {
        return haproxy.cli().maps().require(map);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("profiles")
    void replacesAFileAtomicallyWithExactlyItsContent(String profile) {
        try (Instance haproxy = Instances.simulator(profile)) {
            HaproxyCli cli = haproxy.cli();
            String a = haproxy.stringMap();
            Path file = Generated.file(tmp, "host", 20_000);
            ReplaceResult r = cli.maps().replace(a, file);
            assertThat(r.entries()).isEqualTo(20_000);
            assertThat(r.strategy()).isEqualTo(List.of("3.2", "3.3", "3.4").contains(profile)
                    ? LoadStrategy.promptSession() : LoadStrategy.connectionPerChunk(1));
            assertThat(info(haproxy, a).currentVersion()).isEqualTo(r.version());
            assertThat(Listing.of(cli, "show map " + a)).isEqualTo(Listing.expected(Generated.entries("host", 20_000)));
            // order kept (one connection or one session): the listing is the file order
            List<String> keys = new ArrayList<>();
            cli.maps().show(a, OptionalLong.empty(), e -> {
                if (keys.size() < 3) {
                    keys.add(e.key());
                }
            });
            assertThat(keys).containsExactly("host0", "host1", "host2");
            assertThat(cli.maps().get(a, "host7").get(0).value()).isEqualTo("v;#\\ 7");
            assertThat(cli.maps().get(a, "example.com").get(0).found()).isFalse();
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("strategies")
    void everyStrategyGivesTheSameContent(String profile, LoadStrategy strategy) {
        try (Instance haproxy = Instances.simulator(profile)) {
            HaproxyCli cli = haproxy.cli();
            ReplaceResult r = cli.maps().replace(haproxy.bulkMap(), Generated.entries("s", 7_000),
                    ReplaceOptions.defaults().strategy(strategy).chunkBytes(3000));
            assertThat(r.strategy()).isEqualTo(strategy);
            assertThat(r.chunks()).isGreaterThan(10);
            assertThat(Listing.of(cli, "show map " + haproxy.bulkMap()))
                    .isEqualTo(Listing.expected(Generated.entries("s", 7_000)));
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("strategies")
    void chunksHaproxyFindsTooBigAreSplitOrTheTransactionFailsNeverPartlyApplied(String profile,
            LoadStrategy strategy) {
        try (Instance haproxy = Instances.simulator(profile)) {
            // a client told of a bigger buffer than HAProxy has sends ~60 KB chunks, which do not fit its 16 KB:
            // HAProxy refuses the first and closes at once, so its message may be lost in the reset
            HaproxyCli cli = haproxy.cli(CliOptions.defaults().bufferSize(65_536));
            Listing before = Listing.of(cli, "show map " + haproxy.bulkMap());
            try {
                ReplaceResult r = cli.maps().replace(haproxy.bulkMap(), Generated.entries("big", 6_000),
                        ReplaceOptions.defaults().strategy(strategy).chunkBytes(60_000));
                assertThat(r.entries()).isEqualTo(6_000);
                assertThat(Listing.of(cli, "show map " + haproxy.bulkMap()))
                        .isEqualTo(Listing.expected(Generated.entries("big", 6_000)));
            } catch (TransactionFailedException e) {
                assertThat(e).hasMessageContaining("not committed");
                assertThat(info(haproxy, haproxy.bulkMap()).currentVersion()).isZero();
                assertThat(Listing.of(cli, "show map " + haproxy.bulkMap())).isEqualTo(before);
            }
        }
    }

    @Test
    void anEntryTooBigForHaproxysBufferIsNamed() {
        try (Instance haproxy = Instances.simulator("3.0")) {
            List<MapEntry> entries = List.of(new MapEntry("ok", "1"), new MapEntry("huge", "x".repeat(20_000)));
            assertThatThrownBy(() -> haproxy.cli().maps().replace(haproxy.bulkMap(), entries.iterator(),
                    ReplaceOptions.defaults().chunkBytes(100_000)))
                    .isInstanceOf(TransactionFailedException.class)
                    .hasCauseInstanceOf(EntryRejectedException.class)
                    .hasMessageContaining("line 2").hasMessageContaining("'huge'");
            assertThat(info(haproxy, haproxy.bulkMap()).currentVersion()).isZero();
        }
    }

    @Test
    void emptyInputCommitsAnEmptyMap() {
        try (Instance haproxy = Instances.simulator("3.0")) {
            ReplaceResult r = haproxy.cli().maps().replace(haproxy.stringMap(), List.<MapEntry>of().iterator(),
                    ReplaceOptions.defaults());
            assertThat(r.entries()).isZero();
            assertThat(r.chunks()).isZero();
            assertThat(haproxy.cli().maps().show(haproxy.stringMap())).isEmpty();
        }
    }

    private static void assertUnchanged(Instance haproxy, long preparedVersion) {
        HaproxyCli cli = haproxy.cli();
        MapInfo now = info(haproxy, haproxy.stringMap());
        assertThat(now.currentVersion()).isZero();
        assertThat(cli.maps().show(haproxy.stringMap())).extracting(LiveEntry::key)
                .containsExactly("example.com", "foo.local", "bar.local");
        if (preparedVersion > 0 && !VersionProfiles.get(cli.version().text()).clearStopsAtLowerVersion()) {
            assertThat(cli.maps().checksum(haproxy.stringMap(), preparedVersion).entries())
                    .as("cleared after the failure").isZero();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("profiles")
    void aFailingSourceIsNeverCommitted(String profile) {
        try (Instance haproxy = Instances.simulator(profile)) {
            Iterator<MapEntry> good = Generated.entries("x", 100_000);
            Iterator<MapEntry> failing = new Iterator<>() {
                int n;

                @Override
                public boolean hasNext() {
                    if (++n > 3_000) {
                        throw new IllegalStateException("source broke");
                    }
                    return good.hasNext();
                }

                @Override
                public MapEntry next() {
                    return good.next();
                }
            };
            assertThatThrownBy(() -> haproxy.cli().maps().replace(haproxy.stringMap(), failing,
                    ReplaceOptions.defaults().chunkBytes(2000)))
                    .isInstanceOfSatisfying(TransactionFailedException.class, e -> {
                        assertThat(e.phase()).isEqualTo(Phase.UPLOAD);
                        assertThat(e.version()).isEqualTo(1);
                        assertThat(e.getMessage()).contains("not committed").contains("source broke");
                    });
            assertUnchanged(haproxy, 1);
        }
    }

    @Test
    void closingWithoutCommitAbandons() {
        try (Instance haproxy = Instances.simulator("3.2")) {
            long version;
            try (MapTransaction tx = haproxy.cli().maps().begin(haproxy.stringMap(), ReplaceOptions.defaults()
                    .chunkBytes(500))) {
                version = tx.version();
                tx.addAll(Generated.entries("y", 1000));
                assertThat(tx.entriesAdded()).isEqualTo(1000);
            }
            assertUnchanged(haproxy, version);
        }
    }

    @Test
    void anEntryHaproxyCannotStoreIsNamedWithItsLineAndNothingIsSent() throws Exception {
        try (Instance haproxy = Instances.simulator("3.0")) {
            Path file = tmp.resolve("bad.map");
            StringBuilder b = new StringBuilder();
            for (int i = 1; i <= 2000; i++) {
                b.append(i == 1234 ? "lonely-key-without-value" : "k" + i + " v").append('\n');
            }
            Files.writeString(file, b);
            assertThatThrownBy(() -> haproxy.cli().maps().replace(haproxy.stringMap(), file))
                    .isInstanceOf(TransactionFailedException.class)
                    .hasCauseInstanceOf(EntryRejectedException.class)
                    .hasMessageContaining("line 1234").hasMessageContaining("'lonely-key-without-value'");
            assertUnchanged(haproxy, 1);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("profiles")
    void anEntryHaproxyRefusesFailsTheTransactionWithItsLine(String profile) {
        try (Instance haproxy = Instances.simulator(profile)) {
            Path file = tmp.resolve("ip.map");
            StringBuilder b = new StringBuilder();
            for (int i = 1; i <= 1500; i++) {
                b.append(i == 1001 ? "10.1.2.x" : "10.0." + (i / 250) + "." + (i % 250)).append(" v").append('\n');
            }
            try {
                Files.writeString(file, b);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            assertThatThrownBy(() -> haproxy.cli().maps().replace(haproxy.ipMap(), file))
                    .isInstanceOf(TransactionFailedException.class)
                    .hasCauseInstanceOf(InvalidEntryException.class)
                    .hasMessageContaining("line 1001").hasMessageContaining("10.1.2.x");
            assertThat(info(haproxy, haproxy.ipMap()).currentVersion()).isZero();
            assertThat(haproxy.cli().maps().show(haproxy.ipMap())).hasSize(3);
        }
    }

    @Test
    void aSessionBrokenByHaproxyIsNeverCommitted() {
        try (Instance haproxy = Instances.simulator("3.2", Map.of("STATS_TIMEOUT", "1s"))) {
            Iterator<MapEntry> good = Generated.entries("z", 5_000);
            Iterator<MapEntry> stalling = new Iterator<>() {
                int n;

                @Override
                public boolean hasNext() {
                    if (++n == 2_000) {
                        try {
                            Thread.sleep(1_800); // longer than the stats timeout: HAProxy closes the idle session
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    }
                    return good.hasNext();
                }

                @Override
                public MapEntry next() {
                    return good.next();
                }
            };
            assertThatThrownBy(() -> haproxy.cli().maps().replace(haproxy.stringMap(), stalling,
                    ReplaceOptions.defaults().strategy(LoadStrategy.promptSession()).chunkBytes(1000)))
                    .isInstanceOf(TransactionFailedException.class)
                    .hasCauseInstanceOf(CliConnectionException.class);
            assertUnchanged(haproxy, 1);
        }
    }

    @Test
    void aVersionChangedBehindOurBackFailsVerification() {
        try (Instance haproxy = Instances.simulator("3.0")) {
            HaproxyCli cli = haproxy.cli();
            ProgressListener intruder = new ProgressListener() {
                @Override
                public void acknowledged(long entries, long chunks) {
                }

                @Override
                public void phase(String name) {
                    if (name.equals("verify")) {
                        cli.execute("add map @1 " + haproxy.stringMap() + " intruder x");
                    }
                }
            };
            assertThatThrownBy(() -> cli.maps().replace(haproxy.stringMap(), Generated.entries("w", 500),
                    ReplaceOptions.defaults().progress(intruder)))
                    .isInstanceOfSatisfying(TransactionFailedException.class,
                            e -> assertThat(e.phase()).isEqualTo(Phase.VERIFY))
                    .hasMessageContaining("501 entries").hasMessageContaining("500 were sent");
            assertUnchanged(haproxy, 1);
        }
    }

    @Test
    void aSilentHaproxyTimesOutAndNothingIsCommitted() throws Exception {
        Path socket = tmp.resolve("mute.sock");
        try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            server.bind(UnixDomainSocketAddress.of(socket));
            List<SocketChannel> accepted = new ArrayList<>();
            Thread acceptor = new Thread(() -> {
                try {
                    while (true) {
                        accepted.add(server.accept());
                    }
                } catch (java.io.IOException closed) {
                    // test over
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
            HaproxyCli cli = HaproxyCli.of(CliAddress.unix(socket), CliOptions.defaults()
                    .readTimeout(Duration.ofMillis(300)));
            assertThatThrownBy(() -> cli.maps().replace("/m.map", Generated.entries("t", 10),
                    ReplaceOptions.defaults().strategy(LoadStrategy.connectionPerChunk(1)).clearOnFailure(false)))
                    .isInstanceOfSatisfying(TransactionFailedException.class,
                            e -> assertThat(e.phase()).isEqualTo(Phase.PREPARE))
                    .hasCauseInstanceOf(CliTimeoutException.class);
            for (SocketChannel c : accepted) {
                c.close();
            }
        }
    }
}
