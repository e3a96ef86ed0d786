package io.hapsim.simulator.version;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Properties;
import java.util.stream.Collectors;

/**
 * The fields of {@link VersionProfile} told in a client's terms (from {@code profile-fields.properties}), and what
 * differs between two profiles: the answer to "what changes for my script from version A to version B?".
 */
public final class ProfileFields {

    private static final Properties TEXTS = load();

    private ProfileFields() {
    }

    /** One field whose value differs between two profiles. */
    public record Difference(String field, String meaning, String from, String to) {
    }

    /** Every field that differs from {@code from} to {@code to}, in declaration order (label aside). */
    public static List<Difference> between(VersionProfile from, VersionProfile to) {
        List<Difference> differences = new ArrayList<>();
        for (RecordComponent component : VersionProfile.class.getRecordComponents()) {
            if (component.getName().equals("label")) {
                continue;
            }
            Object a = value(component, from);
            Object b = value(component, to);
            if (!a.equals(b)) {
                differences.add(new Difference(component.getName(), meaning(component.getName()), describe(a),
                        describe(b)));
            }
        }
        return differences;
    }

    /** What a field means for a client. */
    public static String meaning(String field) {
        String text = TEXTS.getProperty(field);
        if (text == null) {
            throw new IllegalStateException("profile-fields.properties does not describe '" + field + "'");
        }
        return text;
    }

    /** A field's value in words: an enumerated value by its description, a set by its members. */
    public static String describe(Object value) {
        if (value instanceof Enum<?> e) {
            String text = TEXTS.getProperty(e.getDeclaringClass().getSimpleName() + "." + e.name());
            if (text == null) {
                throw new IllegalStateException("profile-fields.properties does not describe " + e);
            }
            return text;
        }
        if (value instanceof Collection<?> values) {
            return values.isEmpty() ? "none"
                    : values.stream().map(ProfileFields::describe).sorted().collect(Collectors.joining("; "));
        }
        return String.valueOf(value);
    }

    private static Object value(RecordComponent component, VersionProfile profile) {
        try {
            return component.getAccessor().invoke(profile);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Properties load() {
        Properties properties = new Properties();
        try (InputStream in = ProfileFields.class.getResourceAsStream("profile-fields.properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
