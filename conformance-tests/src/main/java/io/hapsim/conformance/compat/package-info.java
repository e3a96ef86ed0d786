/**
 * {@code ./hapsim compat FROM TO}: what a Runtime API script meets when it moves between HAProxy versions, from
 * the version profiles (the table of behavioural differences, the keyword tables) and from replaying the script,
 * or scenarios, on both simulated versions.
 */
package io.hapsim.conformance.compat;
