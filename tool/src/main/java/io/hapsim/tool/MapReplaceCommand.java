package io.hapsim.tool;

import io.hapsim.client.HaproxyCli;
import io.hapsim.client.map.LoadStrategy;
import io.hapsim.client.map.ProgressListener;
import io.hapsim.client.map.ReplaceOptions;
import io.hapsim.client.map.ReplaceResult;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code hapsim map replace}: atomic replacement of a map's content with a file. */
@Command(name = "replace", mixinStandardHelpOptions = true,
        description = {"Atomically replace the content of MAP with FILE (prepare, stream, verify, commit).",
            "Any size, constant memory; on failure nothing is committed."},
        footer = {"", "MAP is the map file name as written in haproxy.cfg, or #ID.",
            "FILE is a map file (key, blanks, value per line; # comments); - reads standard input."})
final class MapReplaceCommand extends ClientCommand {

    @Parameters(index = "0", paramLabel = "MAP")
    String map;

    @Parameters(index = "1", paramLabel = "FILE")
    String file;

    @Option(names = "--strategy", paramLabel = "STRATEGY",
            description = "connection-per-chunk[:N], prompt-session, interactive-session (default: per version).")
    String strategy;

    @Option(names = "--chunk-bytes", paramLabel = "BYTES", description = "Payload bytes per chunk (default: from --bufsize).")
    int chunkBytes;

    @Option(names = "--no-verify", description = "Skip the count and checksum check before commit.")
    boolean noVerify;

    @Option(names = "--progress", negatable = true,
            description = "Progress bar on standard error (default: only on a terminal).")
    Boolean progress;

    @Override
    int run() {
        HaproxyCli cli = socket.client();
        boolean showProgress = progress != null ? progress : System.console() != null && !socket.json;
        ProgressBar bar = showProgress ? new ProgressBar(output.err(), estimateEntries()) : null;
        ReplaceOptions options = ReplaceOptions.defaults()
                .verify(!noVerify)
                .chunkBytes(chunkBytes)
                .progress(bar != null ? bar : ProgressListener.NONE);
        if (strategy != null) {
            options = options.strategy(LoadStrategy.parse(strategy));
        }
        ReplaceResult result;
        try {
            if (file.equals("-")) {
                result = cli.maps().replace(map, System.in, options);
            } else {
                result = cli.maps().replace(map, Path.of(file), options);
            }
        } finally {
            if (bar != null) {
                bar.done();
            }
        }
        if (socket.json) {
            output.json(describe(result));
        } else {
            output.line(String.format(Locale.ROOT,
                    "committed %s version %d: %,d entries (checksum %s) in %.2f s, %,.0f entries/s, %s",
                    result.map(), result.version(), result.entries(), result.checksum(),
                    result.elapsed().toNanos() / 1e9, result.entriesPerSecond(), result.strategy()));
        }
        return ExitCodes.OK;
    }

    static Map<String, Object> describe(ReplaceResult result) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("committed", true);
        m.put("map", result.map());
        m.put("version", result.version());
        m.put("entries", result.entries());
        m.put("checksum", result.checksum().toString());
        m.put("chunks", result.chunks());
        m.put("strategy", result.strategy().toString());
        m.put("seconds", result.elapsed().toNanos() / 1e9);
        m.put("entriesPerSecond", Math.round(result.entriesPerSecond()));
        return m;
    }

    /** Lines in the file (an upper bound of its entries), for the ETA; 0 if unknown. */
    private long estimateEntries() {
        if (file.equals("-")) {
            return 0;
        }
        try (InputStream in = Files.newInputStream(Path.of(file))) {
            byte[] buf = new byte[1 << 16];
            long lines = 0;
            int n;
            while ((n = in.read(buf)) > 0) {
                for (int i = 0; i < n; i++) {
                    if (buf[i] == '\n') {
                        lines++;
                    }
                }
            }
            return lines;
        } catch (IOException e) {
            return 0;
        }
    }
}
