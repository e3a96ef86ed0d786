package io.hapsim.simulator.command.proxy;

import io.hapsim.simulator.state.proxy.Server;

/**
 * A weight argument ("set server ... weight", "set weight"): absolute (0 to 256) or relative to the initial
 * weight ("50%"). Backends with a static algorithm only take 0% and 100%.
 */
public final class WeightChange {

    private WeightChange() {
    }

    /** Applies {@code text} to the server; returns HAProxy's error message, or null on success. */
    public static String apply(Server server, String text) {
        if (text.isEmpty()) {
            return "Require <weight> or <weight%>.\n";
        }
        int start = 0;
        while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        int end = start < text.length() && (text.charAt(start) == '-' || text.charAt(start) == '+') ? start + 1
                : start;
        int digits = end;
        while (end < text.length() && Character.isDigit(text.charAt(end))) {
            end++;
        }
        if (end == digits) {
            return "Empty weight string empty or preceded by garbage";
        }
        long weight = 0;
        for (int i = digits; i < end; i++) {
            weight = Math.min(Integer.MAX_VALUE, weight * 10 + (text.charAt(i) - '0'));
        }
        if (text.charAt(start) == '-') {
            weight = -weight;
        }
        String rest = text.substring(end);
        if (rest.equals("%")) {
            if (weight < 0) {
                return "Relative weight must be positive.\n";
            }
            weight = Math.min(256, server.initialWeight() * Math.min(weight, 25600) / 100);
        } else if (weight < 0 || weight > 256) {
            return "Absolute weight can only be between 0 and 256 inclusive.\n";
        } else if (!rest.isEmpty()) {
            return "Trailing garbage in weight string";
        }
        if (weight != 0 && weight != server.initialWeight() && !server.proxy().dynamicWeights()) {
            return "Backend is using a static LB algorithm and only accepts weights '0%' and '100%'.\n";
        }
        server.setUserWeight((int) weight);
        return null;
    }
}
