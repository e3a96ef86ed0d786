package io.hapsim.client.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.hapsim.client.CliSession;
import io.hapsim.client.HaproxyCli;
import io.hapsim.client.SessionMode;
import io.hapsim.client.error.ErrorKind;
import io.hapsim.client.error.InvalidEntryException;
import io.hapsim.client.error.TransactionFailedException;
import io.hapsim.client.error.UnknownMapException;
import io.hapsim.client.error.VersionInFutureException;
import io.hapsim.client.error.VersionOutOfRangeException;
import io.hapsim.client.testing.Generated;
import io.hapsim.client.testing.Instance;
import io.hapsim.client.testing.Instances;
import io.hapsim.client.testing.Listing;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The client against real HAProxy 2.6, 3.0 and 3.2 (Debian binaries from scripts/install-real-haproxy). Fails in CI
 * when a binary is missing, skips visibly elsewhere.
 */
class RealHaproxyMapTest {

    static Stream<String> versions() {
        return Instances.REAL.stream();
    }

    @ParameterizedTest(name = "real {0}")
    @MethodSource("versions")
    void replacesAMillionEntriesAtomicallyWithExactlyTheRightContent(String version) {
        try (Instance haproxy = Instances.real(version)) {
            HaproxyCli cli = haproxy.cli();
            String map = haproxy.bulkMap();
            cli.maps().add(map, "before", "1");
            ReplaceResult r = cli.maps().replace(map, Generated.entries("key", 1_000_000), ReplaceOptions.defaults());
            assertThat(r.entries()).isEqualTo(1_000_000);
            assertThat(cli.maps().require(map).currentVersion()).isEqualTo(r.version());
            assertThat(Listing.of(cli, "show map " + map))
                    .isEqualTo(Listing.expected(Generated.entries("key", 1_000_000)));
            assertThat(cli.maps().get(map, "key999998").get(0).value()).isEqualTo("v999998");
            assertThat(cli.maps().get(map, "before").get(0).found()).isFalse();
            System.out.printf("real %s: 1,000,000 entries committed in %.2f s (%s, %,.0f entries/s)%n", version,
                    r.elapsed().toNanos() / 1e9, r.strategy(), r.entriesPerSecond());
        }
    }

    @ParameterizedTest(name = "real {0}")
    @MethodSource("versions")
    void everyStrategyAndChunkSplittingWork(String version) {
        try (Instance haproxy = Instances.real(version)) {
            HaproxyCli cli = haproxy.cli();
            List<LoadStrategy> strategies = List.of(LoadStrategy.connectionPerChunk(1),
                    LoadStrategy.connectionPerChunk(4), LoadStrategy.promptSession());
            for (LoadStrategy s : strategies) {
                ReplaceResult r = cli.maps().replace(haproxy.bulkMap(), Generated.entries(s.kind().name(), 20_000),
                        ReplaceOptions.defaults().strategy(s));
                assertThat(Listing.of(cli, "show map " + haproxy.bulkMap()))
                        .as(s.toString()).isEqualTo(Listing.expected(Generated.entries(s.kind().name(), 20_000)));
                assertThat(r.strategy()).isEqualTo(s);
            }
            if (cli.version().atLeast(3, 2)) {
                cli.maps().replace(haproxy.bulkMap(), Generated.entries("pi", 20_000),
                        ReplaceOptions.defaults().strategy(LoadStrategy.interactiveSession()));
                assertThat(Listing.of(cli, "show map " + haproxy.bulkMap()))
                        .isEqualTo(Listing.expected(Generated.entries("pi", 20_000)));
            }
            // chunks asked far bigger than tune.bufsize: capped to what fits, nothing lost or doubled
            for (LoadStrategy s : List.of(LoadStrategy.connectionPerChunk(1), LoadStrategy.promptSession())) {
                cli.maps().replace(haproxy.bulkMap(), Generated.entries("split", 8_000),
                        ReplaceOptions.defaults().strategy(s).chunkBytes(50_000));
                assertThat(Listing.of(cli, "show map " + haproxy.bulkMap()))
                        .as("split " + s).isEqualTo(Listing.expected(Generated.entries("split", 8_000)));
            }
        }
    }

    @ParameterizedTest(name = "real {0}")
    @MethodSource("versions")
    void interruptedTransactionsAreNeverCommitted(String version) {
        try (Instance haproxy = Instances.real(version)) {
            HaproxyCli cli = haproxy.cli();
            String map = haproxy.stringMap();
            Iterator<MapEntry> good = Generated.entries("x", 200_000);
            Iterator<MapEntry> failing = new Iterator<>() {
                int n;

                @Override
                public boolean hasNext() {
                    if (++n > 50_000) {
                        throw new IllegalStateException("source broke");
                    }
                    return good.hasNext();
                }

                @Override
                public MapEntry next() {
                    return good.next();
                }
            };
            TransactionFailedException interrupted = catchThrowableOfType(
                    () -> cli.maps().replace(map, failing, ReplaceOptions.defaults()), TransactionFailedException.class);
            assertThat(interrupted).hasMessageContaining("not committed");
            // 3.4 cannot clear the prepared version while version 0 holds entries: the client says so
            long left = cli.maps().checksum(map, 1).entries();
            assertThat(interrupted.getSuppressed()).hasSize(left > 0 ? 1 : 0);
            assertThat(left).isEqualTo(version.equals("3.4") ? interrupted.entriesSent() : 0);
            // an entry HAProxy refuses, sent on a session, after thousands of good ones
            Iterator<MapEntry> bad = Stream.concat(
                    Stream.iterate(0, i -> i < 3000, i -> i + 1).map(i -> new MapEntry("10.9." + (i / 250) + "." + (i % 250), "ok")),
                    Stream.of(new MapEntry("not-an-ip", "x"))).iterator();
            assertThatThrownBy(() -> cli.maps().replace(haproxy.ipMap(), bad,
                    ReplaceOptions.defaults().strategy(LoadStrategy.promptSession())))
                    .isInstanceOf(TransactionFailedException.class)
                    .hasCauseInstanceOf(InvalidEntryException.class)
                    .hasMessageContaining("line 3001");
            assertThat(cli.maps().require(map).currentVersion()).isZero();
            assertThat(cli.maps().require(haproxy.ipMap()).currentVersion()).isZero();
            assertThat(cli.maps().show(map)).extracting(LiveEntry::key)
                    .containsExactly("example.com", "foo.local", "bar.local");
            assertThat(cli.maps().show(haproxy.ipMap())).hasSize(3);
        }
    }

    @ParameterizedTest(name = "real {0}")
    @MethodSource("versions")
    void typedErrorsAndSessionFramingOnRealHaproxy(String version) {
        try (Instance haproxy = Instances.real(version)) {
            HaproxyCli cli = haproxy.cli();
            assertThat(cli.version().branch()).isEqualTo(version);
            MapClient maps = cli.maps();
            assertThatThrownBy(() -> maps.show("/nope.map")).isInstanceOf(UnknownMapException.class);
            assertThatThrownBy(() -> maps.commit(haproxy.stringMap(), 9)).isInstanceOf(VersionOutOfRangeException.class);
            assertThatThrownBy(() -> maps.add(haproxy.ipMap(), "1.2.3.x", "v"))
                    .isInstanceOfSatisfying(InvalidEntryException.class,
                            e -> assertThat(e.kind()).isEqualTo(ErrorKind.INVALID_IP));
            String future = "add map @77 " + haproxy.stringMap() + " k v";
            assertThatThrownBy(() -> io.hapsim.client.error.ErrorClassifier.requireEmpty(future, cli.execute(future)))
                    .isInstanceOf(VersionInFutureException.class);
            maps.add(haproxy.stringMap(), "sp;ce\\d<<", "a value; with # and \\");
            assertThat(maps.get(haproxy.stringMap(), "sp;ce\\d<<").get(0).value()).isEqualTo("a value; with # and \\");
            for (SessionMode mode : SessionMode.values()) {
                if (!mode.supportedBy(cli.version())) {
                    continue;
                }
                try (CliSession s = cli.openSession(mode)) {
                    var a = s.send("show cli level");
                    var b = s.sendPayload("add map " + haproxy.bulkMap() + " <<", "m1 v1\nm2 v2\n".getBytes());
                    var c = s.send("show map " + haproxy.bulkMap());
                    var d = s.send("show info");
                    assertThat(a.join()).isEqualTo("admin\n");
                    assertThat(b.join()).isEmpty();
                    assertThat(c.join()).contains(" m1 v1\n").contains(" m2 v2\n");
                    assertThat(d.join()).startsWith("Name: HAProxy\n");
                }
                maps.clear(haproxy.bulkMap());
            }
            assertThat(cli.showStat()).anySatisfy(row -> assertThat(row.service()).isEqualTo("s1"));
        }
    }
}
