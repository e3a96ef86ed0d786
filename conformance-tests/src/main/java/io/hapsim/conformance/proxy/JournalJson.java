package io.hapsim.conformance.proxy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hapsim.conformance.replay.text.Latin1;
import io.hapsim.simulator.journal.Chunk;
import io.hapsim.simulator.journal.RecordedConnection;
import io.hapsim.simulator.session.AccessLevel;
import io.hapsim.simulator.session.ConnectionEnd;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * The control API's {@code journal/connections} (one JSON object per line) read back into the journal's own
 * values, byte for byte: a chunk's {@code base64}, when it has one, holds its exact bytes.
 */
final class JournalJson {
  private static final ObjectMapper JSON = new ObjectMapper();

  private JournalJson() {}

  static List<RecordedConnection> connections(String jsonLines) throws IOException {
    List<RecordedConnection> connections = new ArrayList<>();
    for (String line : jsonLines.split("\n")) {
      if (!line.isBlank()) {
        connections.add(connection(JSON.readTree(line)));
      }
    }
    return connections;
  }

  private static RecordedConnection connection(JsonNode c) {
    List<String> faults = new ArrayList<>();
    c.path("faults").forEach(fault -> faults.add(fault.asText()));
    return new RecordedConnection(c.path("id").asLong(), c.path("socket").asText(),
        AccessLevel.parse(c.path("level").asText()), instant(c.path("openedAt")), instant(c.path("closedAt")),
        ConnectionEnd.valueOf(c.path("end").asText().toUpperCase(Locale.ROOT)), chunks(c.path("reads")),
        chunks(c.path("writes")), c.path("chunksDropped").asLong(), micros(c.path("inputClosedMicros")),
        micros(c.path("serverEndedMicros")), c.path("bytesReceived").asLong(), c.path("bytesSent").asLong(),
        c.path("commands").asInt(), faults);
  }

  private static List<Chunk> chunks(JsonNode array) {
    List<Chunk> chunks = new ArrayList<>();
    for (JsonNode chunk : array) {
      String bytes = chunk.has("base64") ? Latin1.decode(Base64.getDecoder().decode(chunk.get("base64").asText()))
          : chunk.path("bytes").asText();
      chunks.add(new Chunk(Duration.ofNanos(chunk.path("atMicros").asLong() * 1000), bytes));
    }
    return chunks;
  }

  private static Instant instant(JsonNode node) {
    return node.isTextual() ? Instant.parse(node.asText()) : null;
  }

  private static Duration micros(JsonNode node) {
    return node.isNumber() ? Duration.ofNanos(node.asLong() * 1000) : null;
  }
}
