package io.hapsim.benchmarks.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class EntriesAndScannersTest {

    @Test
    void chunksHoldWholeLinesOfTheEntries() {
        List<byte[]> chunks = Entries.chunks(1001, 100);
        assertThat(chunks).hasSize(334);
        assertThat(new String(chunks.get(0), StandardCharsets.US_ASCII))
                .isEqualTo("key000000000 val000000000\nkey000000001 val000000001\nkey000000002 val000000002\n");
        assertThat(new String(chunks.get(chunks.size() - 1), StandardCharsets.US_ASCII))
                .isEqualTo("key000000999 val000000999\nkey000001000 val000001000\n");
        assertThat(Entries.key(123_456_789)).isEqualTo("key123456789");
        assertThat(new String(Entries.addCommand(Entries.addPrefix(4, "m"), 7), StandardCharsets.US_ASCII))
                .isEqualTo("add map @4 m key000000007 val000000007");
    }

    @Test
    void promptAnswersSkipContinuationPromptsAndRememberErrors() {
        AnswerScanner s = new AnswerScanner.Prompt();
        assertThat(s.scan(buf("\n> + + + \n> +"))).isEqualTo(2);
        assertThat(s.scan(buf(" \n> "))).isEqualTo(1);
        assertThat(s.firstError()).isNull();
        assertThat(s.scan(buf("+ Unknown map identifier.\n\n> "))).isEqualTo(1);
        assertThat(s.firstError()).startsWith("Unknown map identifier.");
    }

    @Test
    void emptyLineAnswersCountTerminatorsSplitAcrossReads() {
        AnswerScanner s = new AnswerScanner.EmptyLine();
        assertThat(s.scan(buf("\n\n"))).isEqualTo(2);
        assertThat(s.scan(buf("oops\n"))).isZero();
        assertThat(s.scan(buf("\n"))).isEqualTo(1);
        assertThat(s.firstError()).isEqualTo("oops\n");
    }

    private static ByteBuffer buf(String s) {
        return ByteBuffer.wrap(s.getBytes(StandardCharsets.US_ASCII));
    }
}
