package io.hapsim.simulator.session.framing;

import io.netty.buffer.ByteBuf;
import java.nio.charset.StandardCharsets;

/** The CLI works on bytes; hapsim carries them in Java strings with one char per byte (ISO-8859-1). */
final class Latin1 {

    private Latin1() {
    }

    static String read(ByteBuf in, int length) {
        String text = in.toString(in.readerIndex(), length, StandardCharsets.ISO_8859_1);
        in.skipBytes(length);
        return text;
    }
}
