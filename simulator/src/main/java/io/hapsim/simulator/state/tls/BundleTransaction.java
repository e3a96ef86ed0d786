package io.hapsim.simulator.state.tls;

import java.util.List;

/**
 * The one change of a kind of bundle a process has under way ({@code set ssl ca-file} until {@code commit} or
 * {@code abort}; the same for CRL files).
 *
 * @param path    the file it changes
 * @param pending what the file will hold once committed
 * @param <T>     what the file holds
 */
public record BundleTransaction<T>(String path, List<T> pending) {

    public BundleTransaction {
        pending = List.copyOf(pending);
    }
}
