package io.hapsim.benchmarks.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hapsim.benchmarks.target.BenchTarget;
import io.hapsim.benchmarks.target.TargetKind;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Every strategy really loads every entry (the benchmarks measure loads that are correct). */
class MapLoaderTest {

    @ParameterizedTest
    @CsvSource({
        "2.6, conn-per-chunk, unix", "2.6, prompt-payload, unix", "2.6, semicolon-adds, tcp", "2.6, client, unix",
        "3.0, conn-per-chunk, tcp", "3.0, prompt-payload, unix", "3.0, semicolon-adds, unix",
        "3.0, client-verified, unix",
        "3.2, conn-per-chunk, unix", "3.2, prompt-payload, tcp", "3.2, prompt-i-lines, unix",
        "3.2, semicolon-adds, unix", "3.2, client, tcp"
    })
    void eachStrategyLoadsEveryEntryAndCommits(String version, String strategy, String transport) {
        try (BenchTarget sim = BenchTarget.start(TargetKind.SIM, version, 0)) {
            MapLoader loader = new MapLoader(sim.endpoint(Transport.parse(transport)), sim.map(), sim.bufferSize(),
                    0, 3_001);
            Strategy s = Strategy.parse(strategy);
            assertThat(loader.load(s)).isEqualTo(3_001);
            assertThat(loader.load(s)).isEqualTo(3_001);
            assertThat(loader.currentEntries()).isEqualTo(3_001);
            assertThat(loader.admin().maps().get(sim.map(), "key000003000").get(0).value()).isEqualTo("val000003000");
        }
    }

    @Test
    void smallChunksMakeMoreChunks() {
        try (BenchTarget sim = BenchTarget.start(TargetKind.SIM, "3.0", 0)) {
            MapLoader max = new MapLoader(sim.endpoint(Transport.UNIX), sim.map(), sim.bufferSize(), 0, 10_000);
            MapLoader small = new MapLoader(sim.endpoint(Transport.UNIX), sim.map(), sim.bufferSize(), 1024, 10_000);
            assertThat(max.chunkBytes()).isBetween(15_500, 16_383);
            assertThat(small.chunkCount()).isGreaterThan(max.chunkCount() * 10);
            small.load(Strategy.PROMPT_PAYLOAD);
            assertThat(small.admin().maps().checksum(sim.map(), OptionalLong.empty()).entries()).isEqualTo(10_000);
        }
    }

    @Test
    void promptLinesNeed32() {
        assertThat(Strategy.PROMPT_I_LINES.supports("3.0")).isFalse();
        assertThat(Strategy.PROMPT_I_LINES.supports("3.2")).isTrue();
    }

    @Test
    void anErrorAnswerFailsTheLoadAtOnce() {
        try (BenchTarget sim = BenchTarget.start(TargetKind.SIM, "3.2", 0)) {
            MapLoader wrongMap = new MapLoader(sim.endpoint(Transport.UNIX), sim.map(), sim.bufferSize(), 0, 50_000);
            long version = wrongMap.admin().maps().prepare(sim.map());
            for (Strategy s : List.of(Strategy.PROMPT_PAYLOAD, Strategy.PROMPT_I_LINES, Strategy.CONN_PER_CHUNK,
                    Strategy.SEMICOLON_ADDS)) {
                assertThatThrownBy(() -> wrongMap.upload(s, version + 5)).as(s.label())
                        .hasMessageContaining("answered");
            }
        }
    }

    @Test
    void theRawSinkConfirmsEveryByte() throws Exception {
        List<byte[]> chunks = Entries.chunks(5_000, 4096);
        byte[] header = "add map @1 /tmp/x/bench.map <<\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        long expected = 7;
        for (byte[] c : chunks) {
            expected += header.length + c.length + 1;
        }
        for (Transport t : Transport.values()) {
            try (RawSink sink = RawSink.start(t)) {
                assertThat(sink.push("stream", header, chunks)).isEqualTo(expected);
                assertThat(sink.push("conn-per-chunk", header, chunks)).isEqualTo(expected - 7);
            }
        }
    }
}
