package io.hapsim.simulator.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Fault rules written as text, as the command lines take them: the same members as the control API's JSON. */
class FaultRuleSpecTest {

    private final Faults faults = new Faults((socket, accepting) -> { });

    @Test
    void readsMembersWhoseValuesHoldCommasAndSemicolons() {
        assertThat(FaultRuleSpec.members("command=commit map, phase=after-answer, times=2, fault=close"))
                .containsExactly(Map.entry("command", "commit map"), Map.entry("phase", "after-answer"),
                        Map.entry("times", "2"), Map.entry("fault", "close"));
        assertThat(FaultRuleSpec.members("matching=^set map [^,]+,x, fault=answer No such map, sorry.\\n"))
                .containsExactly(Map.entry("matching", "^set map [^,]+,x"),
                        Map.entry("fault", "answer No such map, sorry.\\n"));
        assertThat(FaultRuleSpec.members("any, seed=7, chaos=0.1 reset; 0.05 close"))
                .containsExactly(Map.entry("any", ""), Map.entry("seed", "7"),
                        Map.entry("chaos", "0.1 reset; 0.05 close"));
    }

    @Test
    void armsTheRuleTheTextDescribes() {
        assertThat(FaultRuleSpec.arm(faults, "command=commit map, phase=before-command, times=2, fault=reset")
                .description()).isEqualTo("'commit map' before the command: reset (2 more)");
        assertThat(FaultRuleSpec.arm(faults, "accept, connection=next, fault=stall 2s").description())
                .isEqualTo("next connection, connection at accept: stall 2000 ms");
        assertThat(FaultRuleSpec.arm(faults, "socket=unix:/run/a.sock, nth=3, fault=close").description())
                .isEqualTo("socket unix:/run/a.sock, command #3 after the answer: close");
        assertThat(faults.rules()).hasSize(3);
    }

    @Test
    void refusesWhatItCannotRead() {
        assertThatThrownBy(() -> FaultRuleSpec.arm(faults, "close on commit")).hasMessageContaining("NAME=VALUE");
        assertThatThrownBy(() -> FaultRuleSpec.arm(faults, "nose=1, fault=close")).hasMessageContaining("NAME=VALUE");
        assertThatThrownBy(() -> FaultRuleSpec.arm(faults, "any, fault=close, any")).hasMessageContaining("twice");
        assertThatThrownBy(() -> FaultRuleSpec.arm(faults, "nth=two, fault=close")).hasMessageContaining("integer");
        assertThatThrownBy(() -> FaultRuleSpec.arm(faults, "any, phase=later, fault=close"))
                .hasMessageContaining("phase is");
        assertThatThrownBy(() -> FaultRuleSpec.arm(faults, "any")).hasMessageContaining("expected a fault");
        assertThat(faults.rules()).isEmpty();
    }
}
