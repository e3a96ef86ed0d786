package io.hapsim.conformance.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.hapsim.conformance.replay.scenario.ScenarioLoader;
import io.hapsim.conformance.replay.text.Latin1;
import io.hapsim.conformance.replay.transcript.ConnectionRecord;
import io.hapsim.conformance.replay.transcript.Event;
import io.hapsim.conformance.replay.transcript.TranscriptJson;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How timelines become steps and golden entries (the cases a live session rarely shows). */
class RecordedSessionTest {
  private static final long MS = 1_000_000;
  private static final RecordedSession.Settings SETTINGS = new RecordedSession.Settings("s", "test", "admin",
      Map.of("DIR", "/srv/maps"), "3.0", null);

  @Test
  void bytesReplayWouldNotSendAsWrittenGoInHex() {
    ConnectionTimeline.Snapshot s = closed(1, 0, List.of(send(1, "show map /srv/maps/a.map\n"),
        send(2, "set var {x}\n"), send(3, "\u00e9t\u00e9\n"), send(4, "a\u0000b\n")), "", "eof");
    JsonNode steps = RecordedSession.of(SETTINGS, List.of(s)).json().get("connections").get(0).get("steps");
    assertThat(steps.get(0).get("send").asText()).isEqualTo("show map {DIR}/a.map\n");
    assertThat(steps.get(1).get("send_hex").asText()).isEqualTo("73657420766172207b787d0a");
    assertThat(steps.get(2).get("send_hex").asText()).isEqualTo("e974e90a");
    assertThat(steps.get(3).get("send_hex").asText()).isEqualTo("6100620a");
  }

  @Test
  void pausesOfFiftyMillisecondsOrMoreAreSleeps() {
    ConnectionTimeline.Snapshot s = closed(1, 0, List.of(send(49, "a\n"), send(99, "b\n"), send(400, "c\n")), "",
        "eof");
    RecordedSession.Recording r = RecordedSession.of(SETTINGS, List.of(s));
    assertThat(r.json().get("connections").get(0).get("steps").toString())
        .isEqualTo("[{\"send\":\"a\\n\"},{\"sleep\":0.05},{\"send\":\"b\\n\"},{\"sleep\":0.301},{\"send\":\"c\\n\"}]");
    assertThat(r.golden().connections().get(0).events()).contains(new Event.Sleep("0.05"), new Event.Sleep("0.301"));
  }

  @Test
  void aBigAnswerIsSummarisedAndAWriteFailureSkipsWhatFollows() {
    String answer = "x\n".repeat(RecordedSession.SUMMARY_LINES + 1);
    ConnectionTimeline.Action failed = new ConnectionTimeline.Action(2 * MS, Latin1.encode("quit\n"), "EPIPE", 0);
    ConnectionTimeline.Snapshot s = closed(1, 0, List.of(send(1, "show map #2\n"), failed, send(3, "more\n")),
        answer, "eof");
    RecordedSession.Recording r = RecordedSession.of(SETTINGS, List.of(s));
    ConnectionRecord c = r.golden().connections().get(0);
    assertThat(r.scenario().connections().get(0).record().summary()).isTrue();
    assertThat(c.recvSummary().lines()).isEqualTo(RecordedSession.SUMMARY_LINES + 1);
    assertThat(c.events()).containsExactly(new Event.Connect("ok"), new Event.Send(12L, 1L, 0, "ok", null, null),
        new Event.Send(5L, 1L, 0, "EPIPE", 0L, 0L), Event.Send.skipped());
  }

  @Test
  void aRefusedConnectionIsRecordedAsTheRunnerRecordsIt() {
    ConnectionTimeline.Snapshot s = new ConnectionTimeline.Snapshot(1, 0, "ECONNREFUSED", List.of(), new byte[0],
        -1, -1, null, -1, MS);
    RecordedSession.Recording r = RecordedSession.of(SETTINGS, List.of(s));
    assertThat(r.golden().connections().get(0).end()).isEqualTo("connect-failed:ECONNREFUSED");
    assertThat(r.golden().connections().get(0).events()).isEmpty();
    // what is written reads back the same
    assertThat(TranscriptJson.parse(TranscriptJson.write(r.golden()))).isEqualTo(r.golden());
    assertThat(ScenarioLoader.parse(ScenarioText.of(r.json()), "s")).isEqualTo(r.scenario());
  }

  @Test
  void onlyConnectionsThatOverlappedAreParallel() {
    ConnectionTimeline.Snapshot a = closed(1, 0, List.of(send(1, "a\n")), "A\n", "eof");
    ConnectionTimeline.Snapshot b = closed(2, 10, List.of(send(200, "b\n")), "B\n", "eof");
    ConnectionTimeline.Snapshot c = closed(3, 100, List.of(send(101, "c\n")), "C\n", "eof");
    ConnectionTimeline.Snapshot d = closed(4, 300, List.of(send(301, "d\n")), "D\n", "eof");
    JsonNode conns = RecordedSession.of(SETTINGS, List.of(a, b, c, d)).json().get("connections");
    assertThat(conns.get(0).has("parallel")).isFalse();
    assertThat(conns.get(1).get("parallel").asBoolean()).isTrue();
    assertThat(conns.get(2).get("parallel").asBoolean()).isTrue();
    assertThat(conns.get(3).has("parallel")).isFalse();
    // c waits, from the start of its group (b's accept), as long as it came after it
    assertThat(conns.get(2).get("steps").get(0).get("sleep").asDouble()).isEqualTo(0.091);
  }

  @Test
  void aBurstRightAfterAnotherStillStartsOnceTheFirstHadEnded() {
    ConnectionTimeline.Snapshot a = closed(1, 10, List.of(send(200, "a\n")), "A\n", "eof");
    ConnectionTimeline.Snapshot b = closed(2, 100, List.of(send(101, "b\n")), "B\n", "eof");
    ConnectionTimeline.Snapshot c = closed(3, 300, List.of(send(400, "c\n")), "C\n", "eof");
    ConnectionTimeline.Snapshot d = closed(4, 350, List.of(send(351, "d\n")), "D\n", "eof");
    JsonNode conns = RecordedSession.of(SETTINGS, List.of(a, b, c, d)).json().get("connections");
    for (JsonNode connection : conns) {
      assertThat(connection.get("parallel").asBoolean()).as("replay runs both bursts as one group").isTrue();
    }
    // so c and d send as long after a's accept as they did: c's command comes after a and b had ended
    assertThat(conns.get(2).get("steps").get(0).get("sleep").asDouble()).isEqualTo(0.39);
    assertThat(conns.get(3).get("steps").get(0).get("sleep").asDouble()).isEqualTo(0.341);
  }

  @Test
  void aClientClosingAfterTheUpstreamDidIsNoHalfClose() {
    ConnectionTimeline t = new ConnectionTimeline(1, done -> { });
    t.fromClient(Latin1.encode("show cli level\n"), 15);
    t.fromUpstream(Latin1.encode("admin\n\n"), 7);
    t.upstreamEnded("eof");
    t.clientShutw();
    t.closed();
    assertThat(t.snapshot().actions()).hasSize(1);
  }

  private static ConnectionTimeline.Action send(long atMs, String text) {
    byte[] bytes = Latin1.encode(text);
    return new ConnectionTimeline.Action(atMs * MS, bytes, null, bytes.length);
  }

  private static ConnectionTimeline.Snapshot closed(int index, long acceptedMs, List<ConnectionTimeline.Action> actions,
      String received, String end) {
    long last = actions.isEmpty() ? acceptedMs * MS : actions.get(actions.size() - 1).nanos();
    return new ConnectionTimeline.Snapshot(index, acceptedMs * MS, null, actions, Latin1.encode(received),
        received.isEmpty() ? -1 : last + MS, received.isEmpty() ? -1 : last + MS, end, last + 2 * MS, last + 3 * MS);
  }
}
