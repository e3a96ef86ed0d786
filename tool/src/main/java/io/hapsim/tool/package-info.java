/** The {@code hapsim} command line (picocli): {@code serve} (a simulated HAProxy), {@code cli}, {@code map}, {@code demo}. */
package io.hapsim.tool;
