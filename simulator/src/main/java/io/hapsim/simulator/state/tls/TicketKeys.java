package io.hapsim.simulator.state.tls;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The TLS ticket keys of a process: one ring of three keys per {@code tls-ticket-keys} file of its {@code bind} lines,
 * numbered as HAProxy numbers them (from 0, the last file named first), each with the key it encrypts with, which
 * {@code set ssl tls-key} moves on.
 */
public final class TicketKeys {

    private static final Logger LOG = LoggerFactory.getLogger(TicketKeys.class);
    /** The keys a ring holds. */
    public static final int RING = 3;
    /** A key's bytes: its name, then its cipher and MAC keys, of 128 or of 256 bits. */
    private static final List<Integer> KEY_BYTES = List.of(48, 80);

    /**
     * One file's keys.
     *
     * @param id   its number
     * @param file its path, as the configuration gives it
     */
    public static final class Ring {
        private final int id;
        private final String file;
        private final byte[][] keys;
        private int encrypting;

        private Ring(int id, String file, byte[][] keys, int encrypting) {
            this.id = id;
            this.file = file;
            this.keys = keys;
            this.encrypting = encrypting;
        }

        public int id() {
            return id;
        }

        public String file() {
            return file;
        }

        /** The keys from the one after the encrypting key, the order {@code show tls-keys} lists them in. */
        public synchronized List<byte[]> keys() {
            List<byte[]> listed = new ArrayList<>();
            for (int n = 0; n < RING; n++) {
                listed.add(keys[(encrypting + 2 + n) % RING].clone());
            }
            return listed;
        }

        /** Puts a key in place of the oldest and encrypts with the next; false for a key of the wrong size. */
        public synchronized boolean rotate(byte[] key) {
            if (key.length != keys[0].length) {
                return false;
            }
            keys[(encrypting + 2) % RING] = key.clone();
            encrypting = (encrypting + 1) % RING;
            return true;
        }
    }

    private final List<Ring> rings;

    private TicketKeys(List<Ring> rings) {
        this.rings = List.copyOf(rings);
    }

    /** The rings of these files, in the order the configuration names them (each once); unreadable ones left out. */
    static TicketKeys read(List<String> files) {
        List<Ring> rings = new ArrayList<>();
        int id = files.size();
        for (String file : files) {
            id--; // HAProxy puts each file before the previous ones, then numbers them in that order
            load(file, id).ifPresent(rings::add);
        }
        rings.sort(Comparator.comparingInt(Ring::id));
        return new TicketKeys(rings);
    }

    private static Optional<Ring> load(String file, int id) {
        try {
            List<String> lines = Files.readAllLines(Path.of(file), StandardCharsets.ISO_8859_1);
            byte[][] keys = new byte[RING][];
            int size = -1;
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i).endsWith("\r") ? lines.get(i).substring(0, lines.get(i).length() - 1)
                        : lines.get(i);
                byte[] key = HaproxyBase64.decode(line).orElse(null);
                if (key == null || !KEY_BYTES.contains(key.length) || (size >= 0 && key.length != size)) {
                    LOG.debug("TLS ticket keys {} not loaded: line {}", file, i + 1);
                    return Optional.empty();
                }
                size = key.length;
                keys[i % RING] = key;
            }
            if (lines.size() < RING) {
                LOG.debug("TLS ticket keys {} not loaded: fewer than {} keys", file, RING);
                return Optional.empty();
            }
            return Optional.of(new Ring(id, file, keys, (lines.size() - 2) % RING));
        } catch (IOException e) {
            LOG.debug("TLS ticket keys {} not loaded: {}", file, e.toString());
            return Optional.empty();
        }
    }

    public static TicketKeys none() {
        return new TicketKeys(List.of());
    }

    /** Every ring, by number. */
    public List<Ring> all() {
        return rings;
    }

    /** A ring by {@code #<id>} or by file. */
    public Optional<Ring> find(String reference) {
        if (reference.startsWith("#")) {
            // strtol's reading: blanks and a sign before the digits, nothing after them; no digits at all is 0
            String number = reference.substring(1);
            if (!number.isEmpty() && !number.matches("\\s*[+-]?\\d+")) {
                return Optional.empty();
            }
            long id = number.isEmpty() ? 0 : Long.parseLong(number.strip().replace("+", ""));
            return rings.stream().filter(ring -> ring.id() == id).findFirst();
        }
        return rings.stream().filter(ring -> ring.file().equals(reference)).findFirst();
    }
}
