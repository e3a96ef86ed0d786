/** Sockets, deadlines and response framing. Internal: the public API is in {@code io.hapsim.client}. */
package io.hapsim.client.transport;
