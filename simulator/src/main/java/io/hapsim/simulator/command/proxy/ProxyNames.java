package io.hapsim.simulator.command.proxy;

/** The characters HAProxy accepts in the names of proxies and servers. */
final class ProxyNames {

    private ProxyNames() {
    }

    /** The first character a name may not hold (only letters, digits and '.', ':', '_', '-' are allowed), or null. */
    static Character firstInvalidChar(String name) {
        for (char c : name.toCharArray()) {
            if (!(Character.isLetterOrDigit(c) && c < 128) && ".:_-".indexOf(c) < 0) {
                return c;
            }
        }
        return null;
    }
}
