/** The reference client of the HAProxy Runtime API (its own issue). */
package io.hapsim.client;
