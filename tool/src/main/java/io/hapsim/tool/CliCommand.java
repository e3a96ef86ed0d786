package io.hapsim.tool;

import io.hapsim.client.CliSession;
import io.hapsim.client.HaproxyCli;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code hapsim cli}: like {@code socat}, but right on every version. One command: one non-interactive connection.
 * Several commands (arguments, or lines on standard input when there is none): one pipelined {@code prompt}
 * session, so 3.0+ run them all. A command ending with {@code <<} takes its payload from the following standard
 * input lines up to an empty line (or from all of standard input when it is an argument).
 */
@Command(name = "cli", mixinStandardHelpOptions = true,
        description = {"Run Runtime API commands, version-aware (like socat, without its pitfalls).",
            "With no COMMAND, reads commands from standard input, one per line."},
        footer = {"", "Prints HAProxy's answers as they are; exit 0 unless the connection fails (3)."})
final class CliCommand extends ClientCommand {

    @Parameters(paramLabel = "COMMAND", description = "Commands, e.g. 'show info'.")
    List<String> commands = new ArrayList<>();

    @Override
    int run() {
        HaproxyCli cli = socket.client();
        List<String[]> work = new ArrayList<>();   // {command, payload or null}
        if (commands.isEmpty()) {
            readStdin(work);
        } else {
            for (String c : commands) {
                work.add(new String[] {c, c.endsWith("<<") ? readAll() : null});
            }
        }
        List<String> answers = new ArrayList<>();
        if (work.size() == 1) {
            String[] w = work.get(0);
            answers.add(w[1] == null ? cli.execute(w[0]) : cli.execute(w[0], w[1]));
        } else if (!work.isEmpty()) {
            try (CliSession session = cli.openSession()) {
                List<CompletableFuture<String>> pending = new ArrayList<>();
                for (String[] w : work) {
                    pending.add(w[1] == null ? session.send(w[0])
                            : session.sendPayload(w[0], payloadBytes(w[1])));
                }
                for (CompletableFuture<String> f : pending) {
                    answers.add(f.join());
                }
            } catch (java.util.concurrent.CompletionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : e;
            }
        }
        if (socket.json) {
            List<Object> results = new ArrayList<>();
            for (int i = 0; i < answers.size(); i++) {
                Map<String, Object> r = new LinkedHashMap<>();
                r.put("command", work.get(i)[0]);
                r.put("answer", answers.get(i));
                results.add(r);
            }
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("socket", cli.address().toString());
            doc.put("version", cli.version().text());
            doc.put("results", results);
            output.json(doc);
        } else {
            for (String a : answers) {
                output.raw(a);
                if (answers.size() > 1) {
                    output.raw("\n");
                }
            }
        }
        return ExitCodes.OK;
    }

    private static byte[] payloadBytes(String payload) {
        String body = payload.isEmpty() || payload.endsWith("\n") ? payload : payload + "\n";
        return body.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static String readAll() {
        try {
            return new String(System.in.readAllBytes(), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void readStdin(List<String[]> work) {
        try {
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.ISO_8859_1));
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                if (line.endsWith("<<")) {
                    StringBuilder payload = new StringBuilder();
                    String p;
                    while ((p = in.readLine()) != null && !p.isEmpty()) {
                        payload.append(p).append('\n');
                    }
                    work.add(new String[] {line, payload.toString()});
                } else {
                    work.add(new String[] {line, null});
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
