package io.hapsim.conformance.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import io.hapsim.conformance.proxy.CommandTracker.Command;
import io.hapsim.conformance.proxy.CommandTracker.Commands;
import io.hapsim.conformance.proxy.CommandTracker.PayloadEnd;
import io.hapsim.conformance.proxy.CommandTracker.PayloadLine;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How the proxy reads a client's lines: the commands whose answers it waits for, in order. */
class CommandTrackerTest {
  private final CommandTracker tracker = new CommandTracker();

  @Test
  void aLineHoldsItsChainedCommandsButNotAnEscapedSemicolon() {
    assertThat(tracker.line("show cli level; set map m k a\\;b ;show info\r")).isEqualTo(new Commands(List.of(
        new Command(List.of("show", "cli", "level"), false),
        new Command(List.of("set", "map", "m", "k", "a\\;b"), false),
        new Command(List.of("show", "info"), false))));
  }

  @Test
  void anEmptyLineIsAnAnswerOfItsOwn() {
    assertThat(tracker.line("")).isEqualTo(new Commands(List.of(new Command(List.of(), false))));
  }

  @Test
  void aPayloadRunsToItsEmptyLineOrItsTerminator() {
    assertThat(tracker.line("add map m <<")).isEqualTo(new Commands(List.of(
        new Command(List.of("add", "map", "m"), false))));
    assertThat(tracker.line("k1 v1")).isEqualTo(new PayloadLine(1));
    assertThat(tracker.line("k2 v2")).isEqualTo(new PayloadLine(2));
    assertThat(tracker.line("")).isEqualTo(new PayloadEnd());
    tracker.line("add map m <<EOF");
    assertThat(tracker.line("")).isEqualTo(new PayloadLine(1));
    assertThat(tracker.line("EOF")).isEqualTo(new PayloadEnd());
    assertThat(tracker.line("show map m")).isInstanceOf(Commands.class);
  }

  @Test
  void promptTogglesOrSetsWhetherThePromptFollowsAnswers() {
    assertThat(tracker.line("prompt; show info")).isEqualTo(new Commands(List.of(
        new Command(List.of("prompt"), true), new Command(List.of("show", "info"), true))));
    assertThat(tracker.line("prompt")).isEqualTo(new Commands(List.of(new Command(List.of("prompt"), false))));
    assertThat(tracker.line("prompt p timed")).isEqualTo(new Commands(List.of(
        new Command(List.of("prompt", "p", "timed"), true))));
    assertThat(tracker.line("prompt i")).isEqualTo(new Commands(List.of(new Command(List.of("prompt", "i"), false))));
  }
}
