package io.hapsim.client.map;

/** Told how an upload advances (called from the uploading threads; keep it cheap). */
@FunctionalInterface
public interface ProgressListener {

    ProgressListener NONE = (entries, chunks) -> { };

    /** {@code entries} acknowledged by HAProxy so far, in {@code chunks} payloads. */
    void acknowledged(long entries, long chunks);

    /** A phase starts: {@code prepare}, {@code upload}, {@code verify}, {@code commit}, {@code diff}, {@code apply}. */
    default void phase(String name) {
    }
}
