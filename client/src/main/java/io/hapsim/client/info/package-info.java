/** Parsed answers of {@code show info} and {@code show stat}. */
package io.hapsim.client.info;
