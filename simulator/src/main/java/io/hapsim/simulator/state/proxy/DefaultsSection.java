package io.hapsim.simulator.state.proxy;

/** A named defaults section, as "add backend <name> from <defaults>" starts a backend from it. */
public final class DefaultsSection {

    private final String name;
    private final ProxySettings settings;

    DefaultsSection(String name, ProxySettings settings) {
        this.name = name;
        this.settings = settings;
    }

    public String name() {
        return name;
    }

    /** A "mode" line applies to it (its own or one it inherits). */
    public boolean explicitMode() {
        return settings.explicitMode();
    }

    public String mode() {
        return settings.mode();
    }

    ProxySettings settings() {
        return settings;
    }
}
