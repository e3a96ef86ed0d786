package io.hapsim.simulator.command.proxy;

import io.hapsim.simulator.command.Reply;
import io.hapsim.simulator.config.CNumber;
import io.hapsim.simulator.state.proxy.InetText;
import io.hapsim.simulator.state.proxy.Server;
import java.util.Optional;

/**
 * {@code set server <b>/<s> addr <ip> [port <port>]}. 3.0 reports what changed, or nothing when the port does not
 * parse; 2.x applies the address first and reports each part "by 'stats socket command'".
 */
final class AddressChange {

    private static final String BY_CLI = " by 'stats socket command'\n";

    private AddressChange() {
    }

    /** @param portText the word after "port", or null without "port" */
    static Reply apply(Server server, String addressText, String portText, ProxyBehaviour behaviour) {
        if (addressText.isEmpty()) {
            return Reply.error("set server <b>/<s> addr requires an address and optionally a port.\n");
        }
        Optional<String> address = InetText.canonical(addressText);
        if (address.isEmpty()) {
            return Reply.error("Invalid addr '" + addressText + "'" + (behaviour.legacyAddrMessages() ? BY_CLI : "\n"));
        }
        boolean portValid = portText == null || (!portText.isEmpty() && portText.chars().allMatch(Character::isDigit));
        return behaviour.legacyAddrMessages() ? legacy(server, address.get(), portText, portValid)
                : current(server, address.get(), portText, portValid);
    }

    private static Reply current(Server server, String address, String portText, boolean portValid) {
        if (!portValid) {
            return Reply.error("problem converting port '" + portText + "' to an int\n");
        }
        int port = portText == null ? server.port() : CNumber.atoi(portText);
        String before = server.address();
        int portBefore = server.port();
        boolean addressChanged = !address.equals(before);
        boolean portChanged = port != portBefore;
        server.setAddress(address, port);
        if (addressChanged && portChanged) {
            return Reply.info(ipChange(before, address) + ", " + portChange(portBefore, port) + BY_CLI);
        }
        if (addressChanged) {
            return Reply.info(ipChange(before, address) + BY_CLI);
        }
        return Reply.info(portChanged ? portChange(portBefore, port) + BY_CLI : "nothing changed\n");
    }

    private static Reply legacy(Server server, String address, String portText, boolean portValid) {
        StringBuilder message = new StringBuilder();
        String before = server.address();
        message.append(address.equals(before) ? "no need to change the addr" : ipChange(before, address));
        int port = server.port();
        if (portText != null) {
            if (!portValid) {
                message.append(", problem converting port '").append(portText).append("' to an int");
            } else if (CNumber.atoi(portText) != port) {
                message.append(", ").append(portChange(port, CNumber.atoi(portText)));
                port = CNumber.atoi(portText);
            } else {
                message.append(", no need to change the port");
            }
        }
        server.setAddress(address, port);
        return Reply.info(message.append(BY_CLI).toString());
    }

    private static String ipChange(String before, String after) {
        return "IP changed from '" + before + "' to '" + after + "'";
    }

    private static String portChange(int before, int after) {
        return "port changed from '" + before + "' to '" + after + "'";
    }
}
