package io.hapsim.simulator.state.tls;

import java.util.List;

/**
 * What a PEM text holds of one kind (certificates, revocation lists), or OpenSSL's refusal.
 *
 * @param <T> what it reads
 */
public interface PemReader<T> {
    List<T> read(String text) throws PemException;
}
