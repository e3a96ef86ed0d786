package io.hapsim.simulator.command.map;

import static org.assertj.core.api.Assertions.assertThat;

import io.hapsim.simulator.CorpusFolder;
import io.hapsim.simulator.control.JsonReader;
import io.hapsim.simulator.session.AccessLevel;
import io.hapsim.simulator.version.VersionProfile;
import io.hapsim.simulator.version.VersionProfiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Replays the map/acl scenarios of the conformance corpus (one command per connection) against the handlers,
 * for every recorded version, and compares with what real HAProxy answered (framing aside: the terminator is
 * added here as the engine would). The corpus must be there.
 */
class GoldenScenariosTest {

    private static final Path CORPUS = CorpusFolder.root();
    private static final List<String> LABELS = List.of("2.4", "2.6", "2.8.0", "2.8", "3.0", "3.1", "3.2", "3.3", "3.4");
    private static final Set<String> SCENARIOS = Set.of("040", "041", "042", "043", "044", "046", "047", "050",
            "051", "052", "053", "054", "056", "057", "058", "059", "060", "062", "063", "070", "071", "079", "080",
            "085", "088");
    /** Scenarios whose outcome depends on framing in these versions (payload markers the engine treats). */
    private static final Set<String> FRAMING_ONLY = Set.of("2.4/079", "2.4/085", "2.6/085", "2.8.0/085", "2.8/085",
            "3.4/079");

    @TempDir
    Path tmp;

    @TestFactory
    Stream<DynamicTest> goldens() throws IOException {
        CorpusFolder.require(CORPUS.resolve("scenarios"));
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> files = Files.list(CORPUS.resolve("scenarios"))) {
            for (Path scenario : files.sorted().toList()) {
                String name = scenario.getFileName().toString().replace(".json", "");
                if (!SCENARIOS.contains(name.substring(0, 3))) {
                    continue;
                }
                for (String label : LABELS) {
                    Path golden = CORPUS.resolve("golden").resolve(label).resolve(scenario.getFileName());
                    if (Files.exists(golden) && !FRAMING_ONLY.contains(label + "/" + name.substring(0, 3))) {
                        tests.add(DynamicTest.dynamicTest(label + " " + name, () -> replay(label, scenario, golden)));
                    }
                }
            }
        }
        return tests.stream();
    }

    @SuppressWarnings("unchecked")
    private void replay(String label, Path scenarioFile, Path goldenFile) throws IOException {
        VersionProfile profile = VersionProfiles.get(label);
        Path dir = Files.createTempDirectory(tmp, "inst");
        MapCli cli = new MapCli(profile, Fixture.store(dir, profile));
        Map<String, Object> scenario = (Map<String, Object>) JsonReader.parse(read(scenarioFile));
        Map<String, Object> golden = (Map<String, Object>) JsonReader.parse(read(goldenFile));
        List<Object> connections = (List<Object>) scenario.get("connections");
        List<Object> recorded = (List<Object>) golden.get("connections");
        for (int i = 0; i < connections.size(); i++) {
            Map<String, Object> c = (Map<String, Object>) connections.get(i);
            StringBuilder sent = new StringBuilder();
            for (Object step : (List<Object>) c.get("steps")) {
                sent.append((String) ((Map<String, Object>) step).get("send"));
            }
            String text = sent.toString().replace("{DIR}", dir.toString());
            String answer = cli.execute(level((String) c.get("socket")), text) + "\n";
            String expected = expand((List<Object>) ((Map<String, Object>) recorded.get(i)).get("recv"));
            assertThat(normalize(answer, dir)).as("connection %d: %s", i, text).isEqualTo(expected);
        }
        List<String> expectedLog = new ArrayList<>();
        for (Object l : (List<Object>) golden.getOrDefault("log", List.of())) {
            expectedLog.add((String) l);
        }
        List<String> log = cli.log.stream().map(l -> l.replace("(" + MapCli.PID + ")", "(PID)")).toList();
        assertThat(log).isEqualTo(expectedLog);
    }

    private static AccessLevel level(String socket) {
        return switch (socket) {
            case "user" -> AccessLevel.USER;
            case "oper" -> AccessLevel.OPERATOR;
            default -> AccessLevel.ADMIN;
        };
    }

    @SuppressWarnings("unchecked")
    private static String expand(List<Object> recv) {
        StringBuilder b = new StringBuilder();
        for (Object o : recv) {
            if (o instanceof String s) {
                b.append(s);
            } else {
                List<Object> run = (List<Object>) o;
                b.append(((String) run.get(0)).repeat(((Number) run.get(1)).intValue()));
            }
        }
        return b.toString();
    }

    private static String normalize(String answer, Path dir) {
        return answer.replace(dir.toString(), "{DIR}").replaceAll("\\b0x[0-9a-f]{6,16}\\b", "0x<ptr>");
    }

    private static String read(Path file) throws IOException {
        return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    }
}
