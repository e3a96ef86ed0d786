package io.hapsim.tool;

import io.hapsim.client.HaproxyCli;
import io.hapsim.client.map.MapFileReader;
import io.hapsim.client.map.MapEntry;
import io.hapsim.client.map.SourceEntry;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code hapsim map add}: add entries to the current version. */
@Command(name = "add", mixinStandardHelpOptions = true,
        description = {"Add KEY VALUE (or every entry of --file) to the current version of MAP.",
            "Visible at once, not atomic: use 'map replace' for that."})
final class MapAddCommand extends ClientCommand {

    @Parameters(index = "0", paramLabel = "MAP")
    String map;

    @Parameters(index = "1", arity = "0..1", paramLabel = "KEY")
    String key;

    @Parameters(index = "2", arity = "0..1", paramLabel = "VALUE")
    String value;

    @Option(names = "--file", paramLabel = "FILE", description = "A map file to add.")
    Path file;

    @Override
    int run() {
        HaproxyCli cli = socket.client();
        long added;
        if (file != null) {
            if (key != null) {
                throw new IllegalArgumentException("give KEY VALUE or --file, not both");
            }
            try (MapFileReader reader = MapFileReader.open(file, cli.options().charset())) {
                Iterator<MapEntry> entries = new Iterator<>() {
                    @Override
                    public boolean hasNext() {
                        return reader.hasNext();
                    }

                    @Override
                    public MapEntry next() {
                        SourceEntry e = reader.next();
                        return e.entry();
                    }
                };
                added = cli.maps().add(map, entries);
            }
        } else {
            if (key == null || value == null) {
                throw new IllegalArgumentException("give KEY and VALUE, or --file");
            }
            cli.maps().add(map, key, value);
            added = 1;
        }
        if (socket.json) {
            output.json(Map.of("map", map, "added", added));
        } else {
            output.line("added " + added + (added == 1 ? " entry" : " entries") + " to " + map);
        }
        return ExitCodes.OK;
    }
}
