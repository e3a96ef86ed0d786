/** The {@code hapsim} command-line tool's client subcommands: {@code cli}, {@code map}, {@code demo} (picocli). */
package io.hapsim.client.tool;
