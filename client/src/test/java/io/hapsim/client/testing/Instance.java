package io.hapsim.client.testing;

import io.hapsim.client.CliAddress;
import io.hapsim.client.HaproxyCli;
import io.hapsim.client.CliOptions;
import java.nio.file.Path;

/** A running HAProxy (real or simulated) started from the conformance fixture: maps a.map, ip.map, b.map. */
public interface Instance extends AutoCloseable {

    /** {@code real 3.0}, {@code sim 2.8} ... */
    String label();

    Path dir();

    CliAddress admin();

    CliAddress tcp();

    /** The bulk map of the fixture ({@code DIR/b.map}, starts empty-ish). */
    default String bulkMap() {
        return dir().resolve("b.map").toString();
    }

    /** The string map of the fixture ({@code DIR/a.map}). */
    default String stringMap() {
        return dir().resolve("a.map").toString();
    }

    /** The IP map of the fixture ({@code DIR/ip.map}). */
    default String ipMap() {
        return dir().resolve("ip.map").toString();
    }

    default HaproxyCli cli() {
        return HaproxyCli.of(admin());
    }

    default HaproxyCli cli(CliOptions options) {
        return HaproxyCli.of(admin(), options);
    }

    @Override
    void close();
}
