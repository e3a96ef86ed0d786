/**
 * Typed errors. {@link io.hapsim.client.error.HaproxyException} is the root of everything the client throws;
 * {@link io.hapsim.client.error.CommandFailedException} and its subclasses carry an {@link
 * io.hapsim.client.error.ErrorKind} for every error answer the map/ACL commands can give, so callers never match
 * message strings.
 */
package io.hapsim.client.error;
