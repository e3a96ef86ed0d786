package io.hapsim.simulator.command;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * One version's data for a family of commands: {@code <folder>/<label>.properties} in the simulator's resources.
 * Every key must be present in every version's file: a missing one is a build mistake, reported at once.
 */
public final class VersionProperties {

    private final String resource;
    private final Properties properties = new Properties();

    private VersionProperties(String resource) {
        this.resource = resource;
    }

    /** Loads {@code /io/hapsim/simulator/<folder>/<label>.properties}. */
    public static VersionProperties load(String folder, String label) {
        VersionProperties loaded = new VersionProperties("/io/hapsim/simulator/" + folder + "/" + label + ".properties");
        try (InputStream in = VersionProperties.class.getResourceAsStream(loaded.resource)) {
            if (in == null) {
                throw new IllegalStateException("no version data " + loaded.resource);
            }
            loaded.properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return loaded;
    }

    public String value(String key) {
        String value = properties.getProperty(key);
        if (value == null) {
            throw new IllegalStateException(resource + " has no " + key);
        }
        return value.strip();
    }

    public boolean flag(String key) {
        return Boolean.parseBoolean(value(key));
    }
}
