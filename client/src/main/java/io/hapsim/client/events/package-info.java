/**
 * Event rings ({@code show events}): what a ring holds, and following it as events arrive, as the Data Plane API
 * follows the {@code dpapi} ring of 3.2+.
 */
package io.hapsim.client.events;
