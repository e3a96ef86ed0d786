/** The certificates a process serves (its TLS store), as the configuration's {@code crt} arguments load them. */
package io.hapsim.simulator.state.tls;
