/**
 * Maps: listing and lookups, single-entry changes, {@link io.hapsim.client.map.MapTransaction atomic replacement}
 * of any size (streamed, constant memory, verified before commit) and {@link io.hapsim.client.map.MapSync
 * incremental sync}. Start at {@link io.hapsim.client.map.MapClient} ({@code HaproxyCli.maps()}).
 */
package io.hapsim.client.map;
