package io.hapsim.client;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An HAProxy version as reported by {@code show version} or {@code show info} ({@code 3.0.11-1+deb13u5}).
 *
 * @param major the first number
 * @param minor the second number
 * @param patch the third number (0 when absent, as in {@code 3.2-dev12})
 * @param text  the full version string
 */
public record HaproxyVersion(int major, int minor, int patch, String text) implements Comparable<HaproxyVersion> {

    private static final Pattern NUMBERS = Pattern.compile("^(\\d+)\\.(\\d+)(?:\\.(\\d+))?");

    public HaproxyVersion {
        Objects.requireNonNull(text);
    }

    /** Parses the start of a version string; throws {@link IllegalArgumentException} if it has no {@code X.Y}. */
    public static HaproxyVersion parse(String text) {
        String t = text.strip();
        Matcher m = NUMBERS.matcher(t);
        if (!m.find()) {
            throw new IllegalArgumentException("not an HAProxy version: '" + text + "'");
        }
        return new HaproxyVersion(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                m.group(3) == null ? 0 : Integer.parseInt(m.group(3)), t);
    }

    public boolean atLeast(int wantMajor, int wantMinor) {
        return major > wantMajor || (major == wantMajor && minor >= wantMinor);
    }

    /** {@code major.minor}, e.g. {@code 3.0}. */
    public String branch() {
        return major + "." + minor;
    }

    @Override
    public int compareTo(HaproxyVersion o) {
        int c = Integer.compare(major, o.major);
        if (c == 0) {
            c = Integer.compare(minor, o.minor);
        }
        return c != 0 ? c : Integer.compare(patch, o.patch);
    }

    @Override
    public String toString() {
        return text;
    }
}
