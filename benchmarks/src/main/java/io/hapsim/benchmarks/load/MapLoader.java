package io.hapsim.benchmarks.load;

import io.hapsim.client.CliOptions;
import io.hapsim.client.HaproxyCli;
import io.hapsim.client.map.ChunkBudget;
import io.hapsim.client.map.ReplaceOptions;
import io.hapsim.client.map.ReplaceResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;

/**
 * Loads {@code n} entries into one map of one HAProxy (real or simulated) with one {@link Strategy}: {@code prepare
 * map}, the upload, {@code commit map}. Every answer is checked (a refused entry or a close fails the load); the
 * payload chunks are built once, so a load measures the transport and the server, not the making of the bytes.
 * Not thread-safe.
 */
public final class MapLoader {

    /** Payload chunks in flight on a session (as the reference client's default). */
    public static final int SESSION_WINDOW = 16;
    /** Single-add lines in flight on a {@code prompt i} session. */
    public static final int LINE_WINDOW = 4096;
    private static final int LINE_BATCH = 256;

    private final Endpoint endpoint;
    private final String map;
    private final int bufferSize;
    private final int chunkBytes;
    private final HaproxyCli admin;
    private final long entries;
    private final List<byte[]> chunks;
    private final byte[] mapBytes;

    /**
     * @param chunkBytes payload bytes per chunk (and line bytes of {@code ;}-joined adds); 0 = the most the
     *                   version's buffer takes ({@link ChunkBudget}, as the reference client computes it)
     */
    public MapLoader(Endpoint endpoint, String map, int bufferSize, int chunkBytes, long entries) {
        this.endpoint = endpoint;
        this.map = map;
        this.bufferSize = bufferSize;
        this.mapBytes = map.getBytes(StandardCharsets.ISO_8859_1);
        int budget = ChunkBudget.payloadBytes(bufferSize, ("add map @999999999 " + map + " <<").length());
        this.chunkBytes = chunkBytes <= 0 ? budget : Math.min(chunkBytes, budget);
        this.admin = HaproxyCli.of(endpoint.cliAddress(), CliOptions.defaults().bufferSize(bufferSize)
                .readTimeout(Duration.ofMinutes(3)));
        this.entries = entries;
        this.chunks = Entries.chunks(entries, this.chunkBytes);
    }

    public int chunkBytes() {
        return chunkBytes;
    }

    public int chunkCount() {
        return chunks.size();
    }

    public long entries() {
        return entries;
    }

    public HaproxyCli admin() {
        return admin;
    }

    /** Runs one whole load (prepare, upload, commit); returns the entries loaded. */
    public long load(Strategy strategy) {
        if (strategy.isClient()) {
            return loadWithClient(strategy == Strategy.CLIENT_VERIFIED);
        }
        long version = admin.maps().prepare(map);
        upload(strategy, version);
        admin.maps().commit(map, version);
        return entries;
    }

    /** Only the upload of every entry to a prepared version (not the client strategies). */
    public void upload(Strategy strategy, long version) {
        try {
            switch (strategy) {
                case PROMPT_PAYLOAD -> promptPayload(version);
                case PROMPT_I_LINES -> promptLines(version);
                case CONN_PER_CHUNK -> connectionPerChunk(version);
                case SEMICOLON_ADDS -> semicolonAdds(version);
                default -> throw new IllegalArgumentException(strategy + " is not a raw upload");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(strategy.label() + " upload failed: " + e.getMessage(), e);
        }
    }

    private long loadWithClient(boolean verify) {
        ReplaceResult r = admin.maps().replace(map, Entries.iterator(entries),
                ReplaceOptions.defaults().verify(verify).chunkBytes(chunkBytes));
        if (r.entries() != entries) {
            throw new IllegalStateException("the client loaded " + r.entries() + " of " + entries);
        }
        return entries;
    }

    private byte[] payloadHeader(long version) {
        return ("add map @" + version + " " + map + " <<\n").getBytes(StandardCharsets.ISO_8859_1);
    }

    private void promptPayload(long version) throws IOException {
        byte[] header = payloadHeader(version);
        try (Pipeline p = new Pipeline(endpoint, new AnswerScanner.Prompt(), SESSION_WINDOW)) {
            p.send("prompt\n".getBytes(StandardCharsets.ISO_8859_1), 1);
            for (byte[] chunk : chunks) {
                ByteBuffer b = ByteBuffer.allocate(header.length + chunk.length + 1);
                b.put(header).put(chunk).put((byte) '\n').flip();
                p.send(b, 1);
            }
            p.await();
        }
    }

    private void promptLines(long version) throws IOException {
        byte[] prefix = Entries.addPrefix(version, map);
        int lineBytes = prefix.length + 26;
        try (Pipeline p = new Pipeline(endpoint, new AnswerScanner.EmptyLine(), LINE_WINDOW)) {
            p.send("prompt i\n".getBytes(StandardCharsets.ISO_8859_1), 1);
            byte[] batch = new byte[LINE_BATCH * lineBytes];
            for (int i = 0; i < LINE_BATCH; i++) {
                System.arraycopy(prefix, 0, batch, i * lineBytes, prefix.length);
            }
            for (long first = 0; first < entries; first += LINE_BATCH) {
                int count = (int) Math.min(LINE_BATCH, entries - first);
                for (int i = 0; i < count; i++) {
                    int at = i * lineBytes + prefix.length;
                    at = Entries.putKey(batch, at, first + i);
                    batch[at++] = ' ';
                    at = Entries.putValue(batch, at, first + i);
                    batch[at] = '\n';
                }
                p.send(ByteBuffer.wrap(batch, 0, count * lineBytes), count);
            }
            p.await();
        }
    }

    private void connectionPerChunk(long version) throws IOException {
        byte[] header = payloadHeader(version);
        ByteBuffer request = ByteBuffer.allocateDirect(header.length + chunkBytes + 1);
        for (byte[] chunk : chunks) {
            request.clear();
            request.put(header).put(chunk).put((byte) '\n').flip();
            oneShot(request);
        }
    }

    private void semicolonAdds(long version) throws IOException {
        byte[] prefix = Entries.addPrefix(version, map);
        int commandBytes = prefix.length + 25;
        int perLine = Math.max(1, (chunkBytes + 1) / (commandBytes + 1));
        ByteBuffer line = ByteBuffer.allocateDirect(perLine * (commandBytes + 1));
        byte[] command = new byte[commandBytes + 1];
        System.arraycopy(prefix, 0, command, 0, prefix.length);
        for (long first = 0; first < entries; first += perLine) {
            int count = (int) Math.min(perLine, entries - first);
            line.clear();
            for (int i = 0; i < count; i++) {
                int at = Entries.putKey(command, prefix.length, first + i);
                command[at++] = ' ';
                at = Entries.putValue(command, at, first + i);
                command[at] = (byte) (i == count - 1 ? '\n' : ';');
                line.put(command);
            }
            line.flip();
            oneShot(line);
        }
    }

    /** One non-interactive connection: writes the request, reads until the server closes; the answer must be blank. */
    private void oneShot(ByteBuffer request) throws IOException {
        try (SocketChannel ch = endpoint.open()) {
            while (request.hasRemaining()) {
                ch.write(request);
            }
            ByteBuffer in = ByteBuffer.allocate(4096);
            StringBuilder answer = null;
            while (true) {
                in.clear();
                int n = ch.read(in);
                if (n < 0) {
                    break;
                }
                for (int i = 0; i < n; i++) {
                    byte b = in.get(i);
                    if (b != '\n' && answer == null) {
                        answer = new StringBuilder();
                    }
                    if (answer != null && answer.length() < 512) {
                        answer.append((char) (b & 0xff));
                    }
                }
            }
            if (answer != null) {
                throw new IOException("the server answered: " + answer.toString().strip());
            }
        }
    }

    /** Entries of the current version of the map (streamed {@code show map}). */
    public long currentEntries() {
        return admin.maps().checksum(map, OptionalLong.empty()).entries();
    }

    public String map() {
        return map;
    }

    public Endpoint endpoint() {
        return endpoint;
    }

    public int bufferSize() {
        return bufferSize;
    }

    public byte[] mapBytes() {
        return mapBytes.clone();
    }

    /** The bytes a prompt-payload load writes (for the raw-socket baseline: the same bytes, to a sink). */
    public List<byte[]> chunks() {
        return chunks;
    }

    public byte[] header(long version) {
        return payloadHeader(version);
    }
}
