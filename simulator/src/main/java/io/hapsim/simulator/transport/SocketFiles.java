package io.hapsim.simulator.transport;

import io.hapsim.simulator.config.SocketFileAccess;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The file side of UNIX sockets: owner, group and mode as their line sets them, and removal. */
final class SocketFiles {

    /** The permission bits chmod takes (the kernel ignores the others). */
    private static final int MODE_BITS = 07777;

    private SocketFiles() {
    }

    /** Owner and group first, then the mode, as HAProxy does (changing the owner clears set-id bits). */
    static void apply(SocketFileAccess access, Path file) throws IOException {
        if (access.owner() != null) {
            Files.setAttribute(file, "posix:owner", access.owner());
        }
        if (access.group() != null) {
            Files.setAttribute(file, "posix:group", access.group());
        }
        if (access.mode() != 0) {
            Files.setAttribute(file, "unix:mode", access.mode() & MODE_BITS);
        }
    }

    static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // already gone, or not ours to remove: nothing else to do
        }
    }
}
