package io.hapsim.client.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hapsim.client.error.EntryRejectedException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MapFileReaderTest {

    private static List<SourceEntry> read(String text) {
        List<SourceEntry> out = new ArrayList<>();
        try (MapFileReader r = new MapFileReader(new ByteArrayInputStream(text.getBytes(StandardCharsets.ISO_8859_1)),
                StandardCharsets.ISO_8859_1)) {
            r.forEachRemaining(out::add);
        }
        return out;
    }

    @Test
    void entriesCommentsBlanksAndLineNumbers() {
        List<SourceEntry> e = read("# comment\n\nexample.com be1\n  www.example.com\t\tbe 2  \r\n   # indented comment\n"
                + "k;1 v#1\\x\nlast value-without-newline");
        assertThat(e).extracting(SourceEntry::entry).containsExactly(
                new MapEntry("example.com", "be1"),
                new MapEntry("www.example.com", "be 2  "),
                new MapEntry("k;1", "v#1\\x"),
                new MapEntry("last", "value-without-newline"));
        assertThat(e).extracting(SourceEntry::line).containsExactly(3L, 4L, 6L, 7L);
    }

    @Test
    void emptyInputHasNoEntries() {
        assertThat(read("")).isEmpty();
        assertThat(read("\n\n# nothing\n")).isEmpty();
    }

    @Test
    void aKeyWithoutValueIsAnErrorNamingTheLine() {
        assertThatThrownBy(() -> read("a 1\nlonely\nb 2\n"))
                .isInstanceOf(EntryRejectedException.class)
                .hasMessageContaining("line 2")
                .hasMessageContaining("'lonely'");
    }

    @Test
    void longLinesAndManyLinesStream() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 50_000; i++) {
            b.append("key").append(i).append(' ').append(i % 1000 == 0 ? "x".repeat(100_000) : "v" + i).append('\n');
        }
        List<SourceEntry> e = read(b.toString());
        assertThat(e).hasSize(50_000);
        assertThat(e.get(1000).entry().value()).hasSize(100_000);
        assertThat(e.get(49_999).entry()).isEqualTo(new MapEntry("key49999", "v49999"));
    }
}
