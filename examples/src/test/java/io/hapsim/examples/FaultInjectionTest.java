package io.hapsim.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hapsim.client.CliAddress;
import io.hapsim.client.HaproxyCli;
import io.hapsim.client.map.ReplaceResult;
import io.hapsim.junit.HapsimTest;
import io.hapsim.simulator.Simulator;
import io.hapsim.simulator.fault.Faults;
import io.hapsim.simulator.journal.Journal;
import io.hapsim.simulator.journal.RecordedCommand;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reference client meeting failures a production HAProxy can throw at it, and the journal of what it did. */
@HapsimTest(version = "3.4", config = "bulk.cfg")
class FaultInjectionTest {

    private static final String MAP = BulkMap.PATH;

    @TempDir
    Path dir;

    @Test
    void aCommitWhoseAnswerIsLostIsVerifiedNotRetried(Simulator haproxy, Faults faults, Journal journal)
            throws Exception {
        HaproxyCli cli = HaproxyCli.of(CliAddress.unix(haproxy.unixSocket()));
        Path wanted = Files.writeString(dir.resolve("hosts.map"), "a.example.com be_a\nb.example.com be_b\n");
        faults.onCommand("commit map").once().close(); // the commit is made, its answer never comes

        ReplaceResult result = cli.maps().replace(MAP, wanted);

        assertThat(result.entries()).isEqualTo(2);
        List<String> sent = journal.commands().stream().map(RecordedCommand::line).toList();
        assertThat(sent).filteredOn(line -> line.startsWith("commit map")).as("committed once, never again")
                .hasSize(1);
        assertThat(sent.get(sent.size() - 1)).as("then it looked at the map's current version").isEqualTo("show map");
    }

    @Test
    void aResetDuringTheUploadLeavesTheLiveMapAsItWas(Simulator haproxy, Faults faults, Journal journal)
            throws Exception {
        HaproxyCli cli = HaproxyCli.of(CliAddress.unix(haproxy.unixSocket()));
        Path wanted = Files.writeString(dir.resolve("hosts.map"), "a.example.com be_a\n");
        faults.onCommand("add map").reset();

        assertThatThrownBy(() -> cli.maps().replace(MAP, wanted)).isInstanceOf(Exception.class);

        assertThat(journal.commands()).noneMatch(command -> command.is("commit map"));
        assertThat(cli.execute("show map " + MAP)).as("no entry went live").isEmpty();
    }
}
