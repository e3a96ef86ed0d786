package io.hapsim.tool;

import io.hapsim.simulator.control.Json;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Where the tool writes: answers and listings go to standard output byte for byte (the client's chars are bytes),
 * messages and progress to standard error.
 */
final class Output {

    private final PrintStream out;
    private final PrintStream err;

    Output(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    static Output system() {
        return new Output(System.out, System.err);
    }

    /** Writes text whose chars are bytes, unchanged. */
    void raw(String bytesAsChars) {
        byte[] b = bytesAsChars.getBytes(StandardCharsets.ISO_8859_1);
        out.write(b, 0, b.length);
        out.flush();
    }

    void line(String text) {
        raw(text + "\n");
    }

    void json(Object value) {
        raw(Json.write(value) + "\n");
    }

    void message(String text) {
        err.println(text);
        err.flush();
    }

    PrintStream err() {
        return err;
    }
}
