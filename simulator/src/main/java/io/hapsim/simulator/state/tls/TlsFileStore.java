package io.hapsim.simulator.state.tls;

import java.util.Optional;

/**
 * What the commands common to certificates and CA files ({@code new}, {@code abort}, {@code del}) need of a store:
 * its files by name, and its one transaction. Callers that read and then change hold the store's monitor.
 */
public interface TlsFileStore {

    boolean exists(String name);

    /** A certificate instance uses it: it cannot be deleted. */
    boolean used(String name);

    /** It is marked for JWT verification (3.3+ certificates): it cannot be deleted either. */
    default boolean usedForJwt(String name) {
        return false;
    }

    /** The file the ongoing transaction changes. */
    Optional<String> transactionPath();

    /** An empty file; {@code false} when one has that name already. */
    boolean create(String name);

    /** Ends the transaction without change. */
    void abort();

    void delete(String name);
}
