package io.hapsim.client.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.hapsim.client.HaproxyCli;
import io.hapsim.client.testing.Instance;
import io.hapsim.client.testing.Instances;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Whatever the entries (keys and values with ; # \ < quotes, inner blanks, Latin-1) and wherever the chunk
 * boundaries fall (tiny random budgets put entries exactly at, and on both sides of, chunk edges), a replace leaves
 * exactly those entries, in order, and {@code add}/{@code set} on the command line store them verbatim.
 */
class MapRoundTripProperties {

    private static Instance v30;
    private static Instance v24;
    private static Instance v32;

    @BeforeAll
    static void start() {
        v30 = Instances.simulator("3.0");
        v24 = Instances.simulator("2.4");
        v32 = Instances.simulator("3.2");
    }

    @AfterAll
    static void stop() {
        v30.close();
        v24.close();
        v32.close();
    }

    private static void replaceRoundTrip(Instance haproxy, LoadStrategy strategy) {
        HaproxyCli cli = haproxy.cli();
        qt().withExamples(40).forAll(TrickyEntries.entries(0, 40), integers().between(40, 200))
                .checkAssert((entries, budget) -> {
                    ReplaceResult r = cli.maps().replace(haproxy.bulkMap(), entries.iterator(),
                            ReplaceOptions.defaults().strategy(strategy).chunkBytes(budget));
                    assertThat(r.entries()).isEqualTo(entries.size());
                    assertThat(cli.maps().show(haproxy.bulkMap())).extracting(LiveEntry::entry)
                            .containsExactlyElementsOf(entries);
                });
    }

    @Test
    void replaceKeepsEveryEntryExactlyOn30() {
        replaceRoundTrip(v30, LoadStrategy.connectionPerChunk(1));
    }

    @Test
    void replaceKeepsEveryEntryExactlyOn24() {
        replaceRoundTrip(v24, LoadStrategy.connectionPerChunk(1));
    }

    @Test
    void replaceKeepsEveryEntryExactlyOn32Sessions() {
        replaceRoundTrip(v32, LoadStrategy.promptSession());
    }

    @Test
    void commandLineAddAndSetStoreVerbatim() {
        HaproxyCli cli = v30.cli();
        qt().withExamples(60).forAll(TrickyEntries.entry(), TrickyEntries.entry()).checkAssert((e, other) -> {
            cli.maps().clear(v30.stringMap());
            cli.maps().add(v30.stringMap(), e.key(), e.value());
            assertThat(cli.maps().show(v30.stringMap())).extracting(LiveEntry::entry).containsExactly(e);
            if (other.value().isEmpty()) {
                org.assertj.core.api.Assertions.assertThatThrownBy(() -> cli.maps().set(v30.stringMap(), e.key(), ""))
                        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("empty value");
            } else {
                cli.maps().set(v30.stringMap(), e.key(), other.value());
                assertThat(cli.maps().show(v30.stringMap())).extracting(LiveEntry::entry)
                        .containsExactly(new MapEntry(e.key(), other.value()));
            }
            cli.maps().delete(v30.stringMap(), e.key());
            assertThat(cli.maps().show(v30.stringMap())).isEmpty();
        });
    }

    @Test
    void aReplaceOfManySizesNeverLosesTheLastOrFirstEntry() {
        HaproxyCli cli = v32.cli();
        qt().withExamples(30).forAll(integers().between(0, 400), integers().between(20, 120)).checkAssert((n, budget) -> {
            List<MapEntry> entries = java.util.stream.IntStream.range(0, n)
                    .mapToObj(i -> new MapEntry("k" + i, "v" + i)).toList();
            cli.maps().replace(v32.bulkMap(), entries.iterator(), ReplaceOptions.defaults().chunkBytes(budget));
            assertThat(cli.maps().checksum(v32.bulkMap(), java.util.OptionalLong.empty()).entries()).isEqualTo((long) n);
            assertThat(cli.maps().show(v32.bulkMap())).extracting(LiveEntry::entry).containsExactlyElementsOf(entries);
        });
    }
}
