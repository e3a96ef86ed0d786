package io.hapsim.simulator.version;

/**
 * What differs between versions in the TLS commands.
 *
 * @param listsFiles   {@code show ssl cert <file>} says which files its parts come from ({@code Crt filename},
 *                     {@code Key filename}, {@code OCSP filename}, {@code SCTL filename}; 3.2+)
 * @param listsOptions it says the certificate's options ({@code Option: ocsp-update off}, {@code Option: jwt off};
 *                     3.3+)
 */
public record TlsCli(boolean listsFiles, boolean listsOptions) {
}
