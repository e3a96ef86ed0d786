package io.hapsim.simulator.state.proxy;

/** A server's operational state; the ordinal is the code "show servers state" prints. */
public enum OpState {
    STOPPED, STARTING, RUNNING, STOPPING
}
