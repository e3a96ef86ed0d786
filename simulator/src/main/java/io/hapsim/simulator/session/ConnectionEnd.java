package io.hapsim.simulator.session;

/** How a CLI connection ended, as the simulator saw it. */
public enum ConnectionEnd {
    /** Still open. */
    OPEN,
    /** The client closed it (or vanished) while the simulator still served it. */
    CLIENT_CLOSED,
    /** The simulator closed it the ordinary way (FIN), as the version does after its last command or an error. */
    SERVER_CLOSED,
    /** The simulator reset it (TCP RST; on a UNIX socket, a close with the client's input left unread). */
    SERVER_RESET,
    /** Nothing came within the stats timeout. */
    IDLE_TIMEOUT,
    /** The simulator stopped while the connection was open. */
    SIMULATOR_STOPPED
}
