package io.hapsim.simulator.session;

/** How many lines a payload holds, as its command received it (no final line feed): 0 for an empty one. */
public final class PayloadLines {

    private PayloadLines() {
    }

    public static int count(String payload) {
        if (payload == null || payload.isEmpty()) {
            return 0;
        }
        int lines = 1;
        for (int i = payload.indexOf('\n'); i >= 0; i = payload.indexOf('\n', i + 1)) {
            lines++;
        }
        return lines;
    }
}
