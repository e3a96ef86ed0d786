package io.hapsim.tool;

import io.hapsim.client.HaproxyCli;
import io.hapsim.client.map.LiveEntry;
import io.hapsim.client.map.MapInfo;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code hapsim map show}: list maps, or the entries of one. */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = {"Without MAP: list the maps and their versions.",
            "With MAP: print its entries as a map file (key value), streamed."})
final class MapShowCommand extends ClientCommand {

    @Parameters(index = "0", arity = "0..1", paramLabel = "MAP")
    String map;

    @Option(names = "--at", paramLabel = "VERSION", description = "Show this version instead of the current one.")
    Long version;

    @Option(names = "--addresses", description = "Prefix each entry with its address (#0x... for set/del).")
    boolean addresses;

    @Override
    int run() {
        HaproxyCli cli = socket.client();
        if (map == null) {
            List<MapInfo> maps = cli.maps().list();
            if (socket.json) {
                List<Object> out = new ArrayList<>();
                for (MapInfo m : maps) {
                    Map<String, Object> o = new LinkedHashMap<>();
                    o.put("id", m.id());
                    o.put("file", m.file());
                    o.put("description", m.description());
                    o.put("currentVersion", m.currentVersion());
                    o.put("nextVersion", m.nextVersion());
                    o.put("entryCount", m.entryCount().isPresent() ? m.entryCount().getAsLong() : null);
                    out.add(o);
                }
                output.json(out);
            } else {
                for (MapInfo m : maps) {
                    output.line(String.format("#%d %s curr_ver=%d next_ver=%d%s", m.id(), m.file(),
                            m.currentVersion(), m.nextVersion(),
                            m.entryCount().isPresent() ? " entries=" + m.entryCount().getAsLong() : ""));
                }
            }
            return ExitCodes.OK;
        }
        OptionalLong at = version == null ? OptionalLong.empty() : OptionalLong.of(version);
        if (socket.json) {
            List<Object> out = new ArrayList<>();
            cli.maps().show(map, at, e -> out.add(entry(e)));
            output.json(out);
        } else {
            StringBuilder batch = new StringBuilder();
            cli.maps().show(map, at, e -> {
                if (addresses) {
                    batch.append(e.address()).append(' ');
                }
                batch.append(e.key()).append(' ').append(e.value()).append('\n');
                if (batch.length() > 1 << 16) {
                    output.raw(batch.toString());
                    batch.setLength(0);
                }
            });
            output.raw(batch.toString());
        }
        return ExitCodes.OK;
    }

    private static Map<String, Object> entry(LiveEntry e) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("address", e.address());
        o.put("key", e.key());
        o.put("value", e.value());
        return o;
    }
}
