package io.hapsim.client.testing;

import io.hapsim.client.HaproxyCli;
import io.hapsim.client.map.MapEntry;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.zip.CRC32C;

/**
 * An independent check of map content (not the client's MapChecksum): count of {@code show map} entry lines and
 * the sum of CRC32C of their {@code key value} part, computed from the raw listing.
 */
public record Listing(long count, long crcSum) {

    public static Listing of(HaproxyCli cli, String showCommand) {
        long[] acc = new long[2];
        cli.stream(showCommand, (buf, off, len) -> {
            if (len > 2 && buf[off] == '0' && buf[off + 1] == 'x') {
                int sp = off;
                while (buf[sp] != ' ') {
                    sp++;
                }
                CRC32C crc = new CRC32C();
                crc.update(buf, sp + 1, off + len - sp - 1);
                acc[0]++;
                acc[1] += crc.getValue();
            } else {
                throw new AssertionError("not an entry line: " + new String(buf, off, len, StandardCharsets.ISO_8859_1));
            }
        });
        return new Listing(acc[0], acc[1]);
    }

    public static Listing expected(Iterator<MapEntry> entries) {
        long count = 0;
        long sum = 0;
        while (entries.hasNext()) {
            MapEntry e = entries.next();
            CRC32C crc = new CRC32C();
            crc.update((e.key() + " " + e.value()).getBytes(StandardCharsets.ISO_8859_1));
            count++;
            sum += crc.getValue();
        }
        return new Listing(count, sum);
    }
}
