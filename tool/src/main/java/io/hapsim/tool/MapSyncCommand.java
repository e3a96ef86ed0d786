package io.hapsim.tool;

import io.hapsim.client.HaproxyCli;
import io.hapsim.client.map.SyncOptions;
import io.hapsim.client.map.SyncResult;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code hapsim map sync}: make a map equal to a file with the fewest changes. */
@Command(name = "sync", mixinStandardHelpOptions = true,
        description = {"Make the current content of MAP equal to FILE: apply only the differences (add/set/del)",
            "when they are few and keys are unique, else replace atomically. Verified by checksum."})
final class MapSyncCommand extends ClientCommand {

    @Parameters(index = "0", paramLabel = "MAP")
    String map;

    @Parameters(index = "1", paramLabel = "FILE")
    Path file;

    @Option(names = "--method", paramLabel = "METHOD", defaultValue = "auto",
            description = "auto, diff or replace (default: ${DEFAULT-VALUE}).")
    String method;

    @Option(names = "--max-diff", paramLabel = "N",
            description = "auto: diff only up to N changes (default: max(50, 5% of the file)).")
    long maxDiff;

    @Override
    int run() {
        HaproxyCli cli = socket.client();
        SyncOptions options = SyncOptions.defaults()
                .method(SyncOptions.Method.valueOf(method.toUpperCase(Locale.ROOT)))
                .maxDiff(maxDiff);
        SyncResult r = cli.maps().sync(map, file, options);
        if (socket.json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("map", map);
            m.put("method", r.method());
            m.put("added", r.added());
            m.put("updated", r.updated());
            m.put("deleted", r.deleted());
            m.put("entries", r.entries());
            m.put("reason", r.reason());
            m.put("seconds", r.elapsed().toNanos() / 1e9);
            output.json(m);
        } else if (r.method().equals("DIFF")) {
            output.line(String.format(Locale.ROOT, "synced %s by diff: %d added, %d updated, %d deleted (%,d entries)",
                    map, r.added(), r.updated(), r.deleted(), r.entries()));
        } else if (r.method().equals("NONE")) {
            output.line("synced " + map + ": already equal (" + r.entries() + " entries)");
        } else {
            output.line(String.format(Locale.ROOT, "synced %s by atomic replacement (%s): %,d entries",
                    map, r.reason(), r.entries()));
        }
        return ExitCodes.OK;
    }
}
