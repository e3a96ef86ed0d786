package io.hapsim.simulator.command.proxy;

/**
 * One show stat column: its name, the name its CSV header prints (2.8.0 prints "(null)" for "proto"), its cell
 * per kind of line and its description ("desc" option).
 */
record StatColumn(String name, String headerName, StatCell frontend, StatCell backend, StatCell server,
        String description) {

    StatCell cell(StatObject object) {
        return switch (object) {
            case FRONTEND -> frontend;
            case BACKEND -> backend;
            case SERVER -> server;
        };
    }
}
