package io.hapsim.simulator.transport;

import io.hapsim.simulator.config.ListenAddress;
import io.hapsim.simulator.config.StatsSocket;
import java.net.InetSocketAddress;
import java.nio.file.Path;

/** A stats socket the simulator is listening on, with the address it really got (the port, for port 0). */
public record Endpoint(StatsSocket socket, Path path, InetSocketAddress tcpAddress) {

    public boolean isUnix() {
        return path != null;
    }

    /** The socket with the port it got: a port-0 TCP socket bound again this way gets the same port. */
    public StatsSocket asBound() {
        return isUnix() ? socket : socket.at(ListenAddress.tcp(socket.address().host(), tcpAddress.getPort()));
    }

    /** {@code unix:PATH} or {@code HOST:PORT}, the form hapsim's tools accept. */
    public String address() {
        return isUnix() ? "unix:" + path : tcpAddress.getHostString() + ":" + tcpAddress.getPort();
    }

    @Override
    public String toString() {
        return address() + " (level " + socket.level().word() + ")";
    }
}
