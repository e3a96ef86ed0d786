package io.hapsim.simulator.command;

import static org.assertj.core.api.Assertions.assertThat;

import io.hapsim.simulator.session.AccessLevel;
import io.hapsim.simulator.session.SessionState;
import io.hapsim.simulator.session.SeverityOutput;
import io.hapsim.simulator.version.VersionProfile;
import io.hapsim.simulator.version.VersionProfiles;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Keyword lists of help and of the unknown-command answer, as recorded from real HAProxy 3.0.11. */
class UsageWriterTest {

    private static final String TRAILER = "  help [<command>]                        : list matching or all commands\n"
            + "  prompt [timed]                          : toggle interactive mode with prompt\n"
            + "  quit                                    : disconnect\n";

    private final VersionProfile profile = VersionProfiles.get("3.0");
    private final UsageWriter usage = new UsageWriter(profile, KeywordCatalog.forProfile(profile));
    private final SessionState session = new SessionState(AccessLevel.ADMIN, SeverityOutput.NONE, Duration.ZERO);

    @Test
    void equallyCloseSuggestionsKeepTheKeywordRegisteredFirst() {
        // "get var" and "add map" are as close to "ng"; HAProxy registers vars before maps
        assertThat(usage.unknownCommand(List.of("ng"), session)).isEqualTo(
                "Unknown command: 'ng', but maybe one of the following ones is a better match:\n"
                + "  add acl [@<ver>] <acl> <pattern>        : add an acl entry\n"
                + "  get var <name>                          : retrieve contents of a process-wide variable\n"
                + "  trace [<module>|0] [cmd [args...]]      : manage live tracing (empty to list, 0 to stop all)\n"
                + "  user                                    : lower the level of the current CLI session to user\n"
                + "  wait {-h|<delay_ms>} cond [args...]     : wait the specified delay or condition (-h to see list)\n"
                + TRAILER);
    }

    @Test
    void expertKeywordsOnlyShowInExpertMode() {
        String hashOnly = "The following commands are valid at this level:\n"
                + "  debug dev hash   [msg]                  : return msg hashed if anon is set\n" + TRAILER;
        assertThat(usage.help(List.of("debug", "dev"), session)).isEqualTo(hashOnly);
        session.experimentalMode(true);
        assertThat(usage.help(List.of("debug", "dev"), session)).isEqualTo(hashOnly);
        session.expertMode(true);
        assertThat(usage.help(List.of("debug", "dev"), session))
                .contains("  debug dev bug                           : call BUG_ON() and crash\n")
                .contains("  debug dev write  [size]                 : write that many bytes in return\n");
    }

    @Test
    void experimentalKeywordsOnlyShowInExperimentalMode() {
        String setVar = "  set var <name> [fmt|expr] {<fmt>|<expr>}: set variable from an expression or a format\n";
        assertThat(usage.help(List.of("set", "var"), session)).doesNotContain(setVar);
        session.experimentalMode(true);
        assertThat(usage.help(List.of("set", "var"), session))
                .isEqualTo("The following commands are valid at this level:\n" + setVar + TRAILER);
    }
}
