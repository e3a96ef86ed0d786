package io.hapsim.simulator.command.info;

import io.hapsim.simulator.command.CommandContext;
import io.hapsim.simulator.command.CommandHandler;
import io.hapsim.simulator.command.Reply;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code show libs} (operator): the object files the process has loaded, each as the address range it occupies, in
 * the version's layout (2.6 to 3.4 alike). A simulator's are its Java runtime's (the executable, then each shared
 * library by address, from {@code /proc/self/maps}): true of this process, though not of an HAProxy; nothing where
 * the platform does not tell.
 */
final class ShowLibsCommand implements CommandHandler {

    private static final Path MAPS = Path.of("/proc/self/maps");

    @Override
    public Reply handle(CommandContext ctx) {
        Map<String, long[]> ranges = new LinkedHashMap<>();
        Optional<String> executable = ProcessHandle.current().info().command();
        executable.ifPresent(path -> ranges.put(path, null));
        for (String line : maps()) {
            // start-end perms offset dev inode path
            String[] fields = line.trim().split("\\s+", 6);
            if (fields.length < 6 || !isObjectFile(fields[5], executable)) {
                continue;
            }
            String[] bounds = fields[0].split("-");
            long start = Long.parseUnsignedLong(bounds[0], 16);
            long end = Long.parseUnsignedLong(bounds[1], 16);
            ranges.merge(fields[5], new long[] {start, end}, (known, next) -> known == null ? next
                    : new long[] {Math.min(known[0], next[0]), Math.max(known[1], next[1])});
        }
        StringBuilder out = new StringBuilder();
        ranges.forEach((path, range) -> {
            if (range != null) {
                out.append(String.format("%#014x-%#014x (%#09x) %s", range[0], range[1] - 1, range[1] - range[0], path))
                        .append('\n');
            }
        });
        return Reply.text(out.toString());
    }

    private static boolean isObjectFile(String path, Optional<String> executable) {
        return path.equals(executable.orElse(null)) || path.endsWith(".so") || path.contains(".so.");
    }

    private static List<String> maps() {
        try {
            return Files.readAllLines(MAPS, StandardCharsets.ISO_8859_1);
        } catch (IOException | RuntimeException e) {
            return List.of(); // not Linux: nothing to list
        }
    }
}
