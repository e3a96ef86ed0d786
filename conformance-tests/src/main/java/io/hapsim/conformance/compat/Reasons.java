package io.hapsim.conformance.compat;

import io.hapsim.simulator.command.Keyword;
import io.hapsim.simulator.command.KeywordCatalog;
import io.hapsim.simulator.session.AccessLevel;
import io.hapsim.simulator.version.ProfileFields;
import io.hapsim.simulator.version.VersionProfile;
import java.util.List;
import java.util.Optional;

/** A one-line reason for a command answered differently by two profiles, from what differs between them. */
final class Reasons {

  private final VersionProfile from;
  private final VersionProfile to;
  private final List<ProfileFields.Difference> fields;
  private final List<Keyword> fromKeywords;
  private final List<Keyword> toKeywords;

  Reasons(VersionProfile from, VersionProfile to) {
    this.from = from;
    this.to = to;
    this.fields = ProfileFields.between(from, to);
    this.fromKeywords = KeywordCatalog.forProfile(from);
    this.toKeywords = KeywordCatalog.forProfile(to);
  }

  VersionProfile from() {
    return from;
  }

  VersionProfile to() {
    return to;
  }

  /**
   * Why {@code command} got {@code before} from the first profile and {@code after} from the second (null: not
   * answered, the connection had closed).
   */
  String why(String command, String before, String after) {
    List<String> words = List.of(command.strip().split("[ \t]+"));
    if (before == null || after == null) {
      return field("lineMode").or(() -> field("closeStyle"))
          .orElse("the connection closed before this command on " + (before == null ? from : to).label());
    }
    if (before.contains("Permission denied") != after.contains("Permission denied")) {
      boolean refusedAfter = after.contains("Permission denied");
      VersionProfile strict = refusedAfter ? to : from;
      VersionProfile lenient = refusedAfter ? from : to;
      return "'" + keywordName(words) + "' needs level " + level(strict, words) + " on " + strict.label() + " ("
          + level(lenient, words) + " on " + lenient.label() + ")";
    }
    if (before.startsWith("Unknown command") != after.startsWith("Unknown command")) {
      return "'" + keywordName(words) + "' is not a command of "
          + (before.startsWith("Unknown command") ? from : to).label();
    }
    if (before.contains("too big") || after.contains("too big")) {
      return field("oversizePayload").or(() -> field("oversizeCommand"))
          .orElse("the size limits differ (tune.bufsize, tune.cli.max-payload-size)");
    }
    if (words.get(0).equals("help") || before.contains("  help ") || after.contains("  help ")) {
      return "the help lists differ (commands added, removed or reworded)";
    }
    if (words.get(0).equals("show") && words.size() > 1 && List.of("info", "version", "stat").contains(words.get(1))) {
      return "the version string, fields or columns differ";
    }
    return "the answer's text changed";
  }

  private Optional<String> field(String name) {
    return fields.stream().filter(d -> d.field().equals(name)).findFirst()
        .map(d -> name + ": " + from.label() + " " + d.from() + "; " + to.label() + " " + d.to());
  }

  private static String keywordName(List<String> words) {
    return String.join(" ", words.subList(0, Math.min(words.size(), 2)));
  }

  private String level(VersionProfile profile, List<String> words) {
    Keyword keyword = KeywordCatalog.selectedBy(profile == from ? fromKeywords : toKeywords, words);
    if (keyword == null) {
      return "(none: not a command)";
    }
    return keyword.level() == AccessLevel.USER ? "any level" : keyword.level().word();
  }
}
