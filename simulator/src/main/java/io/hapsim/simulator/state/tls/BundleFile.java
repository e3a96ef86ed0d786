package io.hapsim.simulator.state.tls;

import java.util.List;

/**
 * A CA or CRL file as HAProxy keeps it, by name: the certificates or revocation lists it holds.
 *
 * @param path      the name HAProxy knows it by ({@code ca-base} applied), or {@code @system-ca}
 * @param items     what it holds, in the order the version keeps; {@code null} for a file {@code new} made, which
 *                  has no store yet
 * @param instances how many certificate instances check clients against it (each certificate of each {@code bind}
 *                  line that names it): a commit rebuilds each of them
 * @param <T>       {@link java.security.cert.X509Certificate} or {@link java.security.cert.X509CRL}
 */
public record BundleFile<T>(String path, List<T> items, int instances) {

    public BundleFile {
        items = items == null ? null : List.copyOf(items);
    }

    /** It has no store yet: {@code new} made it and nothing was committed. */
    public boolean empty() {
        return items == null;
    }

    public int count() {
        return empty() ? 0 : items.size();
    }

    public boolean used() {
        return instances > 0;
    }
}
