package io.hapsim.tool;

import io.hapsim.client.map.Lookup;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code hapsim map get}: what a sample matches. */
@Command(name = "get", mixinStandardHelpOptions = true,
        description = "Look SAMPLE up in MAP as HAProxy's request processing would (current version).",
        footer = {"", "Exit 0 when found, 1 when not found (or on an error answer)."})
final class MapGetCommand extends ClientCommand {

    @Parameters(index = "0", paramLabel = "MAP")
    String map;

    @Parameters(index = "1", paramLabel = "SAMPLE")
    String sample;

    @Override
    int run() {
        List<Lookup> results = socket.client().maps().get(map, sample);
        boolean found = results.stream().anyMatch(Lookup::found);
        if (socket.json) {
            List<Object> out = new ArrayList<>();
            for (Lookup l : results) {
                Map<String, Object> o = new LinkedHashMap<>(l.fields());
                o.put("found", l.found());
                out.add(o);
            }
            output.json(out);
        } else {
            for (Lookup l : results) {
                output.line(l.found() ? l.value() : "(not found)");
            }
        }
        return found ? ExitCodes.OK : ExitCodes.HAPROXY_ERROR;
    }
}
