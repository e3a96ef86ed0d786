package io.hapsim.tool;

import io.hapsim.client.error.CertificateUpdateException;
import io.hapsim.client.error.CliConnectionException;
import io.hapsim.client.error.CliTimeoutException;
import io.hapsim.client.error.CommandFailedException;
import io.hapsim.client.error.EntryRejectedException;
import io.hapsim.client.error.TransactionFailedException;
import io.hapsim.client.tls.UnusablePemException;

/** The tool's exit codes (also printed by {@code --help}). */
public final class ExitCodes {

    /** Success. */
    public static final int OK = 0;
    /** HAProxy answered with an error (unknown map, invalid key, version out of range, ...). */
    public static final int HAPROXY_ERROR = 1;
    /** Bad command-line usage. */
    public static final int USAGE = 2;
    /** Could not connect, connection broken, or HAProxy did not answer in time. */
    public static final int CONNECTION = 3;
    /** The input (map file, entry, PEM) cannot be stored by HAProxy, or cannot be read. */
    public static final int INPUT = 4;
    /** map replace/sync or cert replace failed: nothing was committed, what was live still is. */
    public static final int NOT_COMMITTED = 5;
    /** demo: the versions did not behave as expected. */
    public static final int DEMO_MISMATCH = 6;
    /** Anything else (a bug). */
    public static final int INTERNAL = 10;

    static final String HELP = "Exit codes:%n"
            + "  0  success%n"
            + "  1  HAProxy answered with an error (unknown map, invalid key, ...)%n"
            + "  2  bad usage%n"
            + "  3  connection failed, broken or timed out%n"
            + "  4  input rejected (an entry HAProxy cannot store, a PEM it would truncate, unreadable file)%n"
            + "  5  map replace/sync or cert replace failed: nothing committed, what was live still is%n"
            + "  6  demo: versions did not behave as expected%n"
            + " 10  internal error";

    private ExitCodes() {
    }

    public static int of(Throwable e) {
        if (e instanceof TransactionFailedException || e instanceof CertificateUpdateException) {
            return NOT_COMMITTED;
        }
        if (e instanceof EntryRejectedException || e instanceof UnusablePemException
                || e instanceof java.io.UncheckedIOException) {
            return INPUT;
        }
        if (e instanceof CommandFailedException) {
            return HAPROXY_ERROR;
        }
        if (e instanceof CliConnectionException || e instanceof CliTimeoutException) {
            return CONNECTION;
        }
        if (e instanceof IllegalArgumentException) {
            return USAGE;
        }
        if (e instanceof io.hapsim.client.error.HaproxyException) {
            return HAPROXY_ERROR;
        }
        return INTERNAL;
    }
}
