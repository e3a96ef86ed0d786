/** Certificates made for the TLS tests with {@code openssl}, shared by the conformance suite and the client's tests. */
package io.hapsim.conformance.tls;
