package io.hapsim.simulator.session.framing;

import static org.assertj.core.api.Assertions.assertThat;

import io.hapsim.simulator.version.VersionProfile;
import io.hapsim.simulator.version.VersionProfiles;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The framers cut input into commands exactly where each version does. */
class FramerTest {

    private static final int BUFSIZE = 16384;

    private static Framer framer(String version) {
        VersionProfile profile = VersionProfiles.get(version);
        return version.equals("3.2") ? new LineFramer(profile, BUFSIZE) : new StreamingFramer(profile, BUFSIZE);
    }

    /** Feeds {@code input} and lists the frames until the framer needs input or the input ends. */
    private static List<Frame> frames(String version, String input, boolean closed) {
        Framer framer = framer(version);
        ByteBuf in = Unpooled.copiedBuffer(input, StandardCharsets.ISO_8859_1);
        List<Frame> frames = new ArrayList<>();
        while (true) {
            Frame frame = framer.next(in, closed);
            frames.add(frame);
            if (frame instanceof Frame.NeedInput || frame instanceof Frame.EndOfInput
                    || frame instanceof Frame.Oversize) {
                return frames;
            }
        }
    }

    private static Frame.Command command(String text) {
        return new Frame.Command(text, null, false, true, true, false);
    }

    @Test
    void twoSixRunsASemicolonCommandBeforeItsLineEnds() {
        assertThat(frames("2.6", "show info;show st", false)).containsExactly(
                new Frame.Command("show info", null, false, false, true, false), new Frame.NeedInput(false));
    }

    @Test
    void twoFourWaitsForTheWholeLineUnlessInputEnded() {
        assertThat(frames("2.4", "show info;show st", false)).containsExactly(new Frame.NeedInput(false));
        assertThat(frames("2.4", "show info;show st", true)).containsExactly(
                new Frame.Command("show info", null, false, false, true, false), new Frame.EndOfInput(false));
    }

    @Test
    void threeTwoWaitsForTheWholeLineAndRunsNothingOfAnUnfinishedOne() {
        assertThat(frames("3.2", "show info;show st", true)).containsExactly(new Frame.EndOfInput(false));
        assertThat(frames("3.2", "a;b\n", false)).containsExactly(
                new Frame.Command("a", null, false, false, false, false),
                new Frame.Command("b", null, false, true, true, false), new Frame.NeedInput(false));
    }

    @Test
    void backslashBeforeLineFeedJoinsLinesFromTwoSix() {
        assertThat(frames("2.4", "a\\\nb\n", false)).startsWith(command("a\\"));
        assertThat(frames("2.6", "a\\\nb\n", false)).startsWith(command("a\\\nb"));
    }

    @Test
    void carriageReturnBeforeLineFeedIsDroppedButThreeTwoSeesOneMoreCommand() {
        assertThat(frames("3.0", "show info\r\n", false)).startsWith(command("show info"));
        assertThat(frames("3.2", "show info\r\n", false)).containsExactly(
                new Frame.Command("show info", null, false, false, false, false),
                new Frame.Command("", null, false, true, true, false), new Frame.NeedInput(false));
    }

    @Test
    void payloadEndsAtTheEmptyLine() {
        assertThat(frames("3.0", "add map m <<\nk1 v1\nk2 v2\n\nnext\n", false)).containsExactly(
                Frame.PayloadLine.TAKEN, Frame.PayloadLine.TAKEN, Frame.PayloadLine.TAKEN,
                new Frame.Command("add map m ", "k1 v1\nk2 v2", false, true, true, false),
                command("next"), new Frame.NeedInput(false));
    }

    @Test
    void customPatternKeepsEmptyLinesInsideThePayload() {
        assertThat(frames("3.0", "add map m <<EOF\nm n\n\no p\nEOF\n", false)).contains(
                new Frame.Command("add map m ", "m n\n\no p", false, true, true, false));
    }

    @Test
    void crlfPayloadsDifferPerVersion() {
        String crlf = "add map m <<\r\nw1 x1\r\nw2 x2\r\n\r\n";
        assertThat(frames("2.8", crlf, false)).contains(
                new Frame.Command("add map m ", "w1 x1\nw2 x2", false, true, true, false));
        // 3.0.11 and 3.2 keep the CR of payload lines: a CRLF empty line does not end the payload
        assertThat(frames("3.0", crlf, false)).endsWith(new Frame.NeedInput(true));
        assertThat(frames("3.2", crlf, false)).containsExactly(new Frame.NeedInput(true));
        assertThat(frames("3.0", "add map m <<\r\nw1 x1\r\n\n", false)).contains(
                new Frame.Command("add map m ", "w1 x1\r", false, true, true, false));
    }

    @Test
    void emptyPayloadReadsAsALoneLineFeedExceptOnTwoFour() {
        assertThat(frames("3.0", "add map m <<\n\n", false)).contains(
                new Frame.Command("add map m ", "\n", false, true, true, false));
        assertThat(frames("2.4", "add map m <<\n\n", false)).contains(command(""));
    }

    @Test
    void emptyCustomPayloadReadsAsItsTerminatorLine() {
        for (String version : List.of("3.0", "3.2")) {
            assertThat(frames(version, "add map m <<END\nEND\n", false)).as(version).contains(
                    new Frame.Command("add map m ", "END\n", false, true, true, false));
        }
    }

    @Test
    void inputEndingInsideAPayloadSaysSo() {
        assertThat(frames("3.2", "add map m <<\nk v\n", true)).containsExactly(new Frame.EndOfInput(true));
        assertThat(frames("3.0", "add map m <<\nk v\n", true)).endsWith(new Frame.EndOfInput(true));
    }

    @Test
    void markerBeforeASemicolonOpensThePayloadBeforeThreeTwo() {
        assertThat(frames("3.0", "add map m <<;show info\nk l\n\n", false)).contains(
                new Frame.Command("add map m ", "show info\nk l", false, true, true, false));
        assertThat(frames("3.2", "add map m <<;show info\n", false)).startsWith(
                new Frame.Command("add map m <<", null, false, false, false, false));
    }

    @Test
    void overlongPatternKeepsTheLineOpenOnThreeZeroOnly() {
        assertThat(frames("3.0", "add map m <<ABCDEFGH\n", false)).startsWith(
                new Frame.Command("add map m <<ABCDEFGH", null, false, true, true, true));
    }

    @Test
    void commandsTooBigForTheBufferAreReported() {
        String big = "add map m k " + "x".repeat(20000) + "\n";
        assertThat(frames("3.0", big, false)).containsExactly(new Frame.Oversize(false));
        assertThat(frames("3.2", big, false)).containsExactly(new Frame.Oversize(false));
        // up to 3.1, a command with its LF may take tune.bufsize - 1 bytes (measured on 2.6.12 and 3.0.11)
        String largest = "add map m k " + "x".repeat(BUFSIZE - 1 - 13) + "\n";
        for (String version : List.of("2.4", "2.6", "3.0")) {
            assertThat(frames(version, largest, false).get(0)).as(version).isInstanceOf(Frame.Command.class);
            assertThat(frames(version, "x" + largest, false)).as(version).containsExactly(new Frame.Oversize(false));
        }
    }

    @Test
    void payloadsTooBigForTheBufferAreReported() {
        StringBuilder payload = new StringBuilder("add map m <<\n");
        for (int i = 0; i < 2000; i++) {
            payload.append("bigkey").append(i).append(" bigvalue").append(i).append('\n');
        }
        assertThat(frames("3.0", payload.toString(), false)).endsWith(new Frame.Oversize(true));
        assertThat(frames("3.2", payload.toString(), false)).containsExactly(new Frame.Oversize(true));
    }
}
