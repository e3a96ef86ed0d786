/**
 * A client of HAProxy's master socket ({@code haproxy -W -S <socket>}): {@link io.hapsim.client.master.MasterCli}
 * routes commands to the current worker, to a process by pid or to the master itself, lists the processes ({@code show
 * proc}) and reloads.
 */
package io.hapsim.client.master;
