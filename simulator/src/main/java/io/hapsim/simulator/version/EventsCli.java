package io.hapsim.simulator.version;

import java.util.ArrayList;
import java.util.List;

/**
 * What differs between versions in {@code show events}: the sinks, the options, and how a session
 * that follows a ring ({@code -w}) notices that the client sent something (which ends the following).
 *
 * @param dataPlaneApiRing   the Data Plane API's ring is a built-in sink (3.2+)
 * @param options            the options a ring's name may be followed by: {@code -w}, {@code -n} and the two of them
 *                           as one word; {@code -0} (3.2+) ends each event with a NUL; {@code -s} (3.4.7)
 * @param inputEndsFollowing what the client sends ends the following at once (3.0+); before, it is only seen once
 *                           the next event arrives (measured on 2.6)
 */
public record EventsCli(boolean dataPlaneApiRing, List<String> options, boolean inputEndsFollowing) {

    private static final List<String> FIRST_OPTIONS = List.of("-w", "-n", "-nw", "-wn");

    public EventsCli {
        options = List.copyOf(options);
    }

    /** As 2.4 to 2.8 have it. */
    static EventsCli first() {
        return new EventsCli(false, FIRST_OPTIONS, false);
    }

    /** 3.0: input ends a following at once. */
    EventsCli endedByInput() {
        return new EventsCli(dataPlaneApiRing, options, true);
    }

    /** 3.2: the Data Plane API's ring, and {@code -0}. */
    EventsCli withDataPlaneApi() {
        return new EventsCli(true, options, inputEndsFollowing).withOption("-0");
    }

    EventsCli withOption(String option) {
        List<String> more = new ArrayList<>(options);
        more.add(option);
        return new EventsCli(dataPlaneApiRing, more, inputEndsFollowing);
    }
}
