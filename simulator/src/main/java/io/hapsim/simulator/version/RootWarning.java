package io.hapsim.simulator.version;

/** What a version warns about at start-up when it runs as root (each counts in {@code TotalWarnings}). */
public enum RootWarning {
    /** No {@code chroot} in the global section (3.4+). */
    NO_CHROOT,
    /** Neither {@code user} nor {@code uid} in the global section (3.3+). */
    NO_USER
}
