package io.hapsim.client.map;

/**
 * Carries payload chunks of one payload command ({@code add map [@ver] <map> <<}) to HAProxy. {@link #send} may
 * return before the chunk is acknowledged (pipelining); {@link #finish} waits for all. The first failure is thrown
 * by the next call. A chunk HAProxy finds too big is split in two and sent again.
 */
public interface ChunkSink extends AutoCloseable {

    void send(Chunk chunk);

    /** Waits until every chunk sent is acknowledged; throws the first failure. */
    void finish();

    /** Entries acknowledged so far. */
    long acknowledgedEntries();

    /** Stops (abandoning what is in flight if {@link #finish} was not called). */
    @Override
    void close();
}
