package io.hapsim.simulator.command.info;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * One memory pool as {@code show pools} lists it, from the list real HAProxy printed on the host where it was
 * measured ({@code diagnostics/<list>.pools}): the names and sizes are that build's, the counts a plausible idle
 * process's, not the simulator's memory.
 *
 * @param name      the pool's name (HAProxy cuts it to 11 characters)
 * @param size      the size of one object, in bytes
 * @param alignment {@code /<alignment>} after the size (3.4+), else empty
 * @param allocated objects allocated (all in use)
 * @param cached    of them, the ones in thread caches
 * @param neededAvg the average need
 * @param users     how many pool declarations share it
 * @param shared    it is marked {@code [SHARED]}
 */
record Pool(String name, int size, String alignment, int allocated, int cached, int neededAvg, int users,
        boolean shared) {

    static List<Pool> listed(String list) {
        String resource = "/io/hapsim/simulator/diagnostics/" + list + ".pools";
        try (InputStream in = Pool.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no pool list " + resource);
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .filter(line -> !line.startsWith("#")).map(line -> line.split(" ")).map(Pool::of).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Pool of(String[] fields) {
        return new Pool(fields[0], Integer.parseInt(fields[1]), fields[2].equals("-") ? "" : fields[2],
                Integer.parseInt(fields[3]), Integer.parseInt(fields[4]), Integer.parseInt(fields[5]),
                Integer.parseInt(fields[6]), fields[7].equals("shared"));
    }

    long bytes() {
        return (long) allocated * size;
    }

    long cachedBytes() {
        return (long) cached * size;
    }
}
