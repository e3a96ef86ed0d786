package io.hapsim.simulator.version;

import static io.hapsim.simulator.version.CloseStyle.ABORT;
import static io.hapsim.simulator.version.CloseStyle.DRAIN;
import static io.hapsim.simulator.version.CloseStyle.SHUT_WRITE_THEN_ABORT;
import static io.hapsim.simulator.version.CrlfHandling.KEPT;
import static io.hapsim.simulator.version.CrlfHandling.PAYLOAD_SEPARATOR_BECOMES_CR;
import static io.hapsim.simulator.version.CrlfHandling.STRIP;
import static io.hapsim.simulator.version.IdleTimeoutRule.ALWAYS;
import static io.hapsim.simulator.version.IdleTimeoutRule.NEVER;
import static io.hapsim.simulator.version.IdleTimeoutRule.UNLESS_PARTIAL_LINE;
import static io.hapsim.simulator.version.LineMode.BUFFERED_RACE;
import static io.hapsim.simulator.version.LineMode.FIRST_LINE;
import static io.hapsim.simulator.version.LineMode.WHOLE_LINE;
import static io.hapsim.simulator.version.OversizeAnswer.COMMAND_LINE_TOO_BIG;
import static io.hapsim.simulator.version.OversizeAnswer.COMMAND_TOO_BIG;
import static io.hapsim.simulator.version.OversizeAnswer.COMMAND_TOO_BIG_EXTRA_LF;
import static io.hapsim.simulator.version.OversizeAnswer.SILENT_CLOSE;
import static io.hapsim.simulator.version.PayloadMarkerRule.COMMAND_SUFFIX;
import static io.hapsim.simulator.version.PayloadMarkerRule.LAST_WORD;
import static io.hapsim.simulator.version.PayloadMarkerRule.LAST_WORD_OF_LINE;
import static io.hapsim.simulator.version.PromptSyntax.MODES;
import static io.hapsim.simulator.version.PromptSyntax.TOGGLE;
import static io.hapsim.simulator.version.PromptSyntax.TOGGLE_TIMED;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The supported profiles, one row per version: the single place where version differences are written down.
 * Each profile is pinned to the release whose behaviour was recorded (see shared/conformance/README.md).
 */
public final class VersionProfiles {

    private static final String SOURCE_BUILD = "built from the release tag without SSL or Lua";
    private static final String DEBIAN_BUILD = "Debian package";

    private static final Map<String, VersionProfile> PROFILES = new LinkedHashMap<>();

    static {
        //                                 label    version             date          build          lineMode       early  emptyU quoted prompt        marker             longPat crlf       64err  oversizeCmd               oversizePayload  rewrite emptyPU nlWarn close                  idle                 entryCnt hcAcls fileAt genSD  setErr mapWarn
        add(new VersionProfile("2.4",   "2.4.0",            "2021/05/14", SOURCE_BUILD, BUFFERED_RACE, false, true,  false, TOGGLE,       COMMAND_SUFFIX,    false, STRIP,     false, SILENT_CLOSE,             SILENT_CLOSE,    true,  true,  false, ABORT, ALWAYS,              false, false, false, false, false, false));
        add(new VersionProfile("2.6",   "2.6.12-1+deb12u4", "2026/10/17", DEBIAN_BUILD, BUFFERED_RACE, true,  true,  false, TOGGLE,       COMMAND_SUFFIX,    false, STRIP,     false, SILENT_CLOSE,             SILENT_CLOSE,    true,  false, false, ABORT, UNLESS_PARTIAL_LINE, true,  true,  false, false, false, false));
        add(new VersionProfile("2.8.0", "2.8.0",            "2023/05/31", SOURCE_BUILD, BUFFERED_RACE, true,  false, true,  TOGGLE_TIMED, COMMAND_SUFFIX,    false, STRIP,     false, SILENT_CLOSE,             SILENT_CLOSE,    true,  false, false, DRAIN, NEVER,               true,  true,  false, false, false, false));
        add(new VersionProfile("2.8",   "2.8.14",           "2025/01/29", SOURCE_BUILD, BUFFERED_RACE, true,  false, true,  TOGGLE_TIMED, COMMAND_SUFFIX,    false, STRIP,     false, COMMAND_TOO_BIG_EXTRA_LF, COMMAND_TOO_BIG, true,  false, true,  DRAIN, ALWAYS,              true,  true,  false, false, true,  false));
        add(new VersionProfile("3.0",   "3.0.11-1+deb13u5", "2026/11/18", DEBIAN_BUILD, FIRST_LINE,    true,  false, true,  TOGGLE_TIMED, LAST_WORD,         true,  PAYLOAD_SEPARATOR_BECOMES_CR, false, COMMAND_TOO_BIG, COMMAND_TOO_BIG, false, false, false, SHUT_WRITE_THEN_ABORT, ALWAYS, true, true, true, false, false, false));
        add(new VersionProfile("3.1",   "3.1.0",            "2024/11/26", DEBIAN_BUILD, FIRST_LINE,    true,  false, true,  TOGGLE_TIMED, LAST_WORD,         true,  PAYLOAD_SEPARATOR_BECOMES_CR, false, COMMAND_TOO_BIG, COMMAND_TOO_BIG, false, false, false, SHUT_WRITE_THEN_ABORT, ALWAYS, true, true, true, false, true,  false));
        add(new VersionProfile("3.2",   "3.2.26-1",         "2026/10/14", DEBIAN_BUILD, WHOLE_LINE,    true,  false, true,  MODES,        LAST_WORD_OF_LINE, false, KEPT,      true,  COMMAND_LINE_TOO_BIG,     COMMAND_LINE_TOO_BIG, false, false, false, SHUT_WRITE_THEN_ABORT, ALWAYS,       true,  true,  true,  true,  true,  true));
    }

    private VersionProfiles() {
    }

    private static void add(VersionProfile profile) {
        PROFILES.put(profile.label(), profile);
    }

    /** The profile for a label such as {@code 3.0}; also accepts {@code 2.8.14}-style release numbers. */
    public static VersionProfile get(String label) {
        VersionProfile profile = PROFILES.get(label);
        if (profile == null) {
            profile = PROFILES.values().stream()
                    .filter(p -> p.version().equals(label) || p.version().startsWith(label + "-"))
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException(
                            "unknown HAProxy version profile '" + label + "' (known: " + labels() + ")"));
        }
        return profile;
    }

    public static List<String> labels() {
        return List.copyOf(PROFILES.keySet());
    }

    public static List<VersionProfile> all() {
        return List.copyOf(PROFILES.values());
    }
}
