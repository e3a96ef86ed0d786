package io.hapsim.simulator.control;

import io.hapsim.simulator.config.ListenAddress;
import io.hapsim.simulator.config.StatsSocket;
import java.util.function.UnaryOperator;

/**
 * Where instance {@code i} of several started from one configuration listens, so that each has sockets of its own:
 * instance 1 on the configured ones; instance {@code i > 1} on {@code NAME-i.EXT} for a UNIX socket
 * {@code NAME.EXT} ({@code NAME-i} without extension), and on port {@code P + i - 1} for a TCP port {@code P}
 * (port 0 stays 0: each gets a free port of its own).
 */
public final class InstanceSockets {

    private InstanceSockets() {
    }

    /** The placement of instance {@code instance} (from 1), for {@code Simulator.Builder.placeSockets}. */
    public static UnaryOperator<StatsSocket> of(int instance) {
        if (instance == 1) {
            return UnaryOperator.identity();
        }
        return socket -> socket.at(moved(socket.address(), instance));
    }

    private static ListenAddress moved(ListenAddress address, int instance) {
        if (!address.isUnix()) {
            return address.port() == 0 ? address : ListenAddress.tcp(address.host(), address.port() + instance - 1);
        }
        String name = address.path().getFileName().toString();
        int dot = name.lastIndexOf('.');
        String renamed = dot > 0 ? name.substring(0, dot) + "-" + instance + name.substring(dot)
                : name + "-" + instance;
        return ListenAddress.unix(address.path().resolveSibling(renamed));
    }
}
