package io.hapsim.client.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.hapsim.client.error.EntryRejectedException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Chunk boundaries: every entry lands whole in exactly one chunk, in order, no chunk exceeds its budget, entries
 * exactly filling a chunk stay in it, and splitting a chunk in halves keeps every entry.
 */
class PayloadChunkerProperties {

    private static final Charset CS = StandardCharsets.ISO_8859_1;

    private static byte[] line(MapEntry e) {
        return (e.key() + " " + e.value() + "\n").getBytes(CS);
    }

    private static List<Chunk> chunk(List<MapEntry> entries, int max) {
        PayloadChunker c = new PayloadChunker(max, CS);
        List<Chunk> out = new ArrayList<>();
        long n = 0;
        for (MapEntry e : entries) {
            Chunk full = c.add(e, ++n);
            if (full != null) {
                out.add(full);
            }
        }
        Chunk last = c.flush();
        if (last != null) {
            out.add(last);
        }
        return out;
    }

    @Test
    void chunksPartitionTheEntriesInOrderWithinBudget() {
        qt().withExamples(300).forAll(TrickyEntries.entries(0, 60), integers().between(40, 400))
                .checkAssert((entries, max) -> {
                    List<Chunk> chunks = chunk(entries, max);
                    ByteArrayOutputStream expected = new ByteArrayOutputStream();
                    entries.forEach(e -> expected.writeBytes(line(e)));
                    ByteArrayOutputStream actual = new ByteArrayOutputStream();
                    long lineNo = 0;
                    for (Chunk c : chunks) {
                        assertThat(c.payload().length).isLessThanOrEqualTo(max).isPositive();
                        assertThat(c.payload()[c.payload().length - 1]).isEqualTo((byte) '\n');
                        for (long l : c.lines()) {
                            assertThat(l).isEqualTo(++lineNo);
                        }
                        actual.writeBytes(c.payload());
                    }
                    assertThat(actual.toByteArray()).isEqualTo(expected.toByteArray());
                    assertThat(chunks.stream().mapToInt(Chunk::entries).sum()).isEqualTo(entries.size());
                    // greedy: a chunk is only closed when the next entry would not fit
                    for (int i = 0; i + 1 < chunks.size(); i++) {
                        int firstNext = line(entries.get((int) chunks.get(i + 1).lines()[0] - 1)).length;
                        assertThat(chunks.get(i).payload().length + firstNext).isGreaterThan(max);
                    }
                });
    }

    @Test
    void entriesExactlyAtTheBoundaryStayInTheirChunk() {
        qt().withExamples(200).forAll(integers().between(1, 20), integers().between(6, 40)).checkAssert((k, size) -> {
            // k entries of exactly `size` bytes each, budget = 3 entries exactly
            List<MapEntry> entries = new ArrayList<>();
            for (int i = 0; i < k; i++) {
                entries.add(new MapEntry("k", "v".repeat(size - 3)));
            }
            List<Chunk> chunks = chunk(entries, 3 * size);
            assertThat(chunks).hasSize((k + 2) / 3);
            for (int i = 0; i < chunks.size() - 1; i++) {
                assertThat(chunks.get(i).entries()).isEqualTo(3);
                assertThat(chunks.get(i).payload()).hasSize(3 * size);
            }
        });
    }

    @Test
    void halvesKeepEveryEntry() {
        qt().withExamples(200).forAll(TrickyEntries.entries(2, 80)).checkAssert(entries -> {
            List<Chunk> chunks = chunk(entries, 1 << 20);
            assertThat(chunks).hasSize(1);
            Chunk[] halves = chunks.get(0).halves();
            assertThat(halves[0].entries() + halves[1].entries()).isEqualTo(entries.size());
            assertThat(halves[0].entries()).isEqualTo(entries.size() / 2);
            ByteArrayOutputStream joined = new ByteArrayOutputStream();
            joined.writeBytes(halves[0].payload());
            joined.writeBytes(halves[1].payload());
            assertThat(joined.toByteArray()).isEqualTo(chunks.get(0).payload());
            assertThat(halves[1].firstKey()).isEqualTo(new String(line(entries.get(entries.size() / 2)), CS)
                    .substring(0, entries.get(entries.size() / 2).key().length()));
        });
    }

    @Test
    void emptyInputGivesNoChunk() {
        assertThat(chunk(List.of(), 100)).isEmpty();
    }

    @Test
    void anEntryLargerThanAChunkIsRefusedByNameAndLine() {
        assertThatThrownBy(() -> chunk(List.of(new MapEntry("a", "1"), new MapEntry("big", "x".repeat(200))), 100))
                .isInstanceOf(EntryRejectedException.class)
                .hasMessageContaining("line 2")
                .hasMessageContaining("'big'")
                .hasMessageContaining("205 bytes");
        // exactly the budget is fine
        assertThat(chunk(List.of(new MapEntry("big", "x".repeat(95))), 100)).hasSize(1);
    }

    @Test
    void checksumIsOrderIndependentAndMatchesListingLines() {
        qt().withExamples(100).forAll(TrickyEntries.entries(0, 30)).checkAssert(entries -> {
            MapChecksum.Builder forward = MapChecksum.builder();
            MapChecksum.Builder backward = MapChecksum.builder();
            MapChecksum.Builder listing = MapChecksum.builder();
            for (MapEntry e : entries) {
                forward.add(e.key(), e.value(), CS);
                byte[] l = ("0x1 " + e.key() + " " + e.value()).getBytes(CS);
                listing.addLine(l, 4, l.length - 4);
            }
            for (int i = entries.size() - 1; i >= 0; i--) {
                backward.add(entries.get(i).key(), entries.get(i).value(), CS);
            }
            assertThat(forward.build()).isEqualTo(backward.build()).isEqualTo(listing.build());
        });
    }
}
