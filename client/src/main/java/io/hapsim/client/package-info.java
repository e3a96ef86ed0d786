/**
 * The reference client of the HAProxy Runtime API (the "stats socket" CLI), HAProxy 2.4 to 3.2.
 *
 * <p>Start at {@link io.hapsim.client.HaproxyCli}: one-shot commands, {@link io.hapsim.client.CliSession sessions}
 * with pipelined commands, version detection, and {@link io.hapsim.client.HaproxyCli#maps() map operations}
 * (atomic replacement, incremental sync). Errors are typed: see {@link io.hapsim.client.error}.
 *
 * <p>Text is bytes: keys, values and answers are Java strings holding one char per byte (ISO-8859-1) unless
 * {@link io.hapsim.client.CliOptions#charset(java.nio.charset.Charset)} says otherwise, so any byte sequence
 * (UTF-8 included) goes to HAProxy and back unchanged.
 */
package io.hapsim.client;
