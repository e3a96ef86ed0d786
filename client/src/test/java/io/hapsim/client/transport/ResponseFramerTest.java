package io.hapsim.client.transport;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResponseFramerTest {

    private static byte[] b(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static String s(byte[] b) {
        return b == null ? null : new String(b, StandardCharsets.ISO_8859_1);
    }

    @Test
    void promptAnswersEndWithThePrompt() {
        ResponseFramer f = new ResponseFramer();
        f.feed(b("\n> admin\n\n> "));
        assertThat(s(f.poll(Terminator.PROMPT, false))).isEqualTo("");
        assertThat(s(f.poll(Terminator.PROMPT, false))).isEqualTo("admin\n");
        assertThat(f.poll(Terminator.PROMPT, false)).isNull();
    }

    @Test
    void continuationPromptsOfPayloadsAreConsumedNeverReturned() {
        ResponseFramer f = new ResponseFramer();
        // 3.0: "+ " after the marker line and each payload line, then the answer and the prompt
        f.feed(b("+ + + \n> + + Missing value for key 'x'.\n\n> "));
        assertThat(s(f.poll(Terminator.PROMPT, true))).isEqualTo("");
        assertThat(s(f.poll(Terminator.PROMPT, true))).isEqualTo("Missing value for key 'x'.\n");
    }

    @Test
    void bytesArrivingOneByOneGiveTheSameAnswers() {
        String stream = "\n> + + + \n> admin\n\n> + Unknown map identifier. Please use #<id> or <file>.\n\n> ";
        boolean[] payload = {false, true, false, true};
        ResponseFramer f = new ResponseFramer();
        List<String> answers = new ArrayList<>();
        int next = 0;
        for (byte x : b(stream)) {
            f.feed(new byte[] {x});
            byte[] a;
            while (next < payload.length && (a = f.poll(Terminator.PROMPT, payload[next])) != null) {
                answers.add(s(a));
                next++;
            }
        }
        assertThat(answers).containsExactly("", "", "admin\n",
                "Unknown map identifier. Please use #<id> or <file>.\n");
    }

    @Test
    void interactiveWithoutPromptEndsAtTheEmptyLine() {
        ResponseFramer f = new ResponseFramer();
        f.feed(b("\nadmin\n\n\nNew version created: 3\n"));
        assertThat(s(f.poll(Terminator.EMPTY_LINE, false))).isEqualTo("");
        assertThat(s(f.poll(Terminator.EMPTY_LINE, false))).isEqualTo("admin\n");
        assertThat(s(f.poll(Terminator.EMPTY_LINE, true))).isEqualTo("");
        assertThat(f.poll(Terminator.EMPTY_LINE, false)).isNull();
        assertThat(f.buffered()).isEqualTo("New version created: 3\n".length());
        f.feed(b("\n"));
        assertThat(s(f.poll(Terminator.EMPTY_LINE, false))).isEqualTo("New version created: 3\n");
        assertThat(f.buffered()).isZero();
    }

    @Test
    void largeAnswersGrowTheBuffer() {
        StringBuilder big = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            big.append("0x55aa").append(i).append(" key").append(i).append(" value").append(i).append('\n');
        }
        ResponseFramer f = new ResponseFramer();
        byte[] all = b(big + "\n> ");
        for (int off = 0; off < all.length; off += 1000) {
            f.feed(java.nio.ByteBuffer.wrap(all, off, Math.min(1000, all.length - off)));
        }
        assertThat(s(f.poll(Terminator.PROMPT, false))).isEqualTo(big.toString());
    }
}
