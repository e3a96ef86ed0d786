package io.hapsim.conformance.replay;

import static org.assertj.core.api.Assertions.assertThat;

import io.hapsim.conformance.replay.target.Corpus;
import io.hapsim.conformance.replay.text.Lines;
import io.hapsim.conformance.replay.transcript.RecvItem;
import io.hapsim.conformance.replay.transcript.RecvSummary;
import io.hapsim.conformance.replay.transcript.Transcript;
import io.hapsim.conformance.replay.transcript.TranscriptJson;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The recording format: line splitting, run compression, summaries, and the golden JSON layout. */
class TranscriptFormatTest {

  @Test
  void linesAreSplitAfterEachNewlineKeepingAFinalPartialLine() {
    assertThat(Lines.splitKeepingNewlines("a\nb\n\n> ")).containsExactly("a\n", "b\n", "\n", "> ");
    assertThat(Lines.splitKeepingNewlines("a\n")).containsExactly("a\n");
    assertThat(Lines.splitKeepingNewlines("")).isEmpty();
  }

  @Test
  void runsOfThreeOrMoreEqualLinesAreCompressed() {
    List<RecvItem> items = RecvItem.ofText("x\nx\n\n\n\ny\ny\n\n");
    assertThat(items).containsExactly(RecvItem.line("x\n"), RecvItem.line("x\n"), RecvItem.run("\n", 3),
        RecvItem.line("y\n"), RecvItem.line("y\n"), RecvItem.line("\n"));
    assertThat(RecvItem.text(items)).isEqualTo("x\nx\n\n\n\ny\ny\n\n");
  }

  @Test
  void summaryKeepsCountShaHeadAndTail() {
    String text = "\n".repeat(3101);
    RecvSummary s = RecvSummary.of(text, Lines.splitKeepingNewlines(text), 3, 3);
    // golden/2.6/131-bulk-newline-50k-nonint.json, connection "bulk"
    assertThat(s.lines()).isEqualTo(3101);
    assertThat(s.sha256()).isEqualTo("2bd233cad129702b1d1a257af2c9ca2887d1fd7f4261d6a7ee3c547662984545");
    assertThat(s.head()).containsExactly(RecvItem.run("\n", 3));
    assertThat(s.tail()).containsExactly(RecvItem.run("\n", 3));

    RecvSummary small = RecvSummary.of("\n", List.of("\n"), 3, 3);
    assertThat(small.sha256()).isEqualTo("01ba4719c80b6fe911b091a7c05124b64eeece964e09c058ef8f9805daca546b");
    assertThat(small.tail()).isEmpty();
  }

  @Test
  void summaryShaIsOverTheNormalisedText() {
    // golden/3.0/090 "v1": 100 normalised "0x<ptr> key0_N value0_N" lines + "\n"
    StringBuilder sb = new StringBuilder();
    for (int e = 0; e < 100; e++) {
      sb.append("0x<ptr> key0_").append(e).append(" value0_").append(e).append('\n');
    }
    sb.append('\n');
    String text = sb.toString();
    RecvSummary s = RecvSummary.of(text, Lines.splitKeepingNewlines(text), 3, 3);
    assertThat(text).hasSize(2581);
    assertThat(s.lines()).isEqualTo(101);
    assertThat(s.sha256()).isEqualTo("d9b668c152cc87702cf84724a23cfd56c9862afdcc629c6ac93c5fab229c8532");
    assertThat(s.tail()).containsExactly(RecvItem.line("0x<ptr> key0_98 value0_98\n"),
        RecvItem.line("0x<ptr> key0_99 value0_99\n"), RecvItem.line("\n"));
  }

  /**
   * Every golden of the corpus survives reading and writing; those in the reference tool's compact layout
   * (one event per line; the 2.8 folders are plain indented JSON) come out byte-identical.
   */
  @Test
  void everyGoldenRoundTrips() throws Exception {
    Path golden = Corpus.locate().goldens();
    List<Path> files;
    try (Stream<Path> s = Files.walk(golden)) {
      files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    assertThat(files).hasSizeGreaterThan(300);
    int compact = 0;
    for (Path f : files) {
      String original = Files.readString(f, StandardCharsets.UTF_8);
      Transcript t = TranscriptJson.read(f);
      String written = TranscriptJson.write(t);
      assertThat(TranscriptJson.parse(written)).as(f.toString()).isEqualTo(t);
      if (original.contains("\n        {\"op\": \"connect\"")) {
        compact++;
        assertThat(written).as(f.toString()).isEqualTo(original);
      }
    }
    assertThat(compact).isGreaterThanOrEqualTo(4 * 65);
  }
}
