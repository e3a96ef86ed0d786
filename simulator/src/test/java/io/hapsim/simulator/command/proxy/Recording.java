package io.hapsim.simulator.command.proxy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A recorded scenario (src/test/resources/.../command/proxy/recorded/&lt;version&gt;/&lt;scenario&gt;.txt, see the
 * README next to it): the lines sent, each with the level of its socket and what real HAProxy answered.
 */
record Recording(String version, String scenario, List<Exchange> exchanges) {

    static final String RESOURCES = "/io/hapsim/simulator/command/proxy/";

    /** One line sent on a fresh connection and the exact answer. */
    record Exchange(String level, String line, String answer) {
    }

    static Recording load(String version, String scenario) {
        String text = resource("recorded/" + version + "/" + scenario + ".txt");
        List<Exchange> exchanges = new ArrayList<>();
        String sent = null;
        StringBuilder answer = new StringBuilder();
        boolean finalNewline = true;
        for (String line : text.split("\n", -1)) {
            if (line.startsWith("> ") || line.startsWith("sleep ") || line.isEmpty()) {
                if (sent != null) {
                    exchanges.add(exchange(sent, finalNewline ? answer.toString()
                            : answer.substring(0, answer.length() - 1)));
                }
                sent = line.startsWith("> ") ? line.substring(2) : null;
                answer.setLength(0);
                finalNewline = true;
            } else if (line.equals("\\ no newline at end")) {
                finalNewline = false;
            } else if (line.startsWith("|")) {
                answer.append(line, 1, line.length()).append('\n');
            }
        }
        return new Recording(version, scenario, exchanges);
    }

    private static Exchange exchange(String sent, String answer) {
        if (sent.startsWith("@")) {
            int space = sent.indexOf(' ');
            return new Exchange(sent.substring(1, space), sent.substring(space + 1), answer);
        }
        return new Exchange("admin", sent, answer);
    }

    static String resource(String path) {
        try (InputStream in = Recording.class.getResourceAsStream(RESOURCES + path)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
