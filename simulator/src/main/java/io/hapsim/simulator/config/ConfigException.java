package io.hapsim.simulator.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A configuration HAProxy would refuse to start with. {@link #alerts()} are HAProxy's own messages for it, one per
 * refused line, in the order it prints them after {@code [ALERT] ... : config : }.
 */
public final class ConfigException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final List<String> alerts;

    public ConfigException(List<String> alerts) {
        super(String.join("\n", alerts));
        this.alerts = List.copyOf(alerts);
    }

    public ConfigException(String alert) {
        this(List.of(alert));
    }

    public List<String> alerts() {
        return alerts;
    }

    /**
     * Every alert HAProxy prints when it refuses the configuration: the refused lines', then that the file
     * ({@code file}, null when there is none) had errors, then that they are fatal.
     */
    public List<String> refusal(Path file) {
        List<String> all = new ArrayList<>(alerts);
        if (file != null) {
            all.add("Error(s) found in configuration file : " + file);
        }
        all.add("Fatal errors found in configuration.");
        return all;
    }
}
