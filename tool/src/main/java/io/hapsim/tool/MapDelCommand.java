package io.hapsim.tool;

import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code hapsim map del}: delete a key. */
@Command(name = "del", mixinStandardHelpOptions = true,
        description = "Delete every entry with KEY from MAP (#0x... deletes one entry by address).")
final class MapDelCommand extends ClientCommand {

    @Parameters(index = "0", paramLabel = "MAP")
    String map;

    @Parameters(index = "1", paramLabel = "KEY")
    String key;

    @Override
    int run() {
        if (key.startsWith("#0x")) {
            socket.client().maps().deleteEntry(map, key.substring(1));
        } else {
            socket.client().maps().delete(map, key);
        }
        if (socket.json) {
            output.json(Map.of("map", map, "deleted", key));
        } else {
            output.line("deleted " + key + " from " + map);
        }
        return ExitCodes.OK;
    }
}
