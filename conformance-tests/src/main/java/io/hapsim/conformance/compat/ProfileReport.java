package io.hapsim.conformance.compat;

import io.hapsim.simulator.version.ProfileFields;
import io.hapsim.simulator.version.VersionProfile;
import java.io.PrintStream;
import java.util.List;

/** The table of every behavioural difference between two profiles: what {@code compat FROM TO} prints alone. */
final class ProfileReport {

  private ProfileReport() {}

  static void print(VersionProfile from, VersionProfile to, PrintStream out) {
    out.printf("What changes for a Runtime API client from HAProxy %s (%s) to %s (%s)%n%n", from.label(),
        from.version(), to.label(), to.version());
    List<ProfileFields.Difference> fields = ProfileFields.between(from, to);
    out.println("Behaviour:");
    if (fields.isEmpty()) {
      out.println("  nothing");
    }
    for (ProfileFields.Difference d : fields) {
      out.printf("  %s: %s%n    %s: %s%n    %s: %s%n", d.field(), d.meaning(), from.label(), d.from(), to.label(),
          d.to());
    }
    KeywordChanges commands = KeywordChanges.between(from, to);
    out.println();
    out.println("Commands:");
    if (commands.isEmpty()) {
      out.println("  nothing");
    }
    list(out, "new on " + to.label(), commands.added());
    list(out, "gone on " + to.label(), commands.removed());
    list(out, "level required before any argument is read (" + from.label() + " -> " + to.label() + ")",
        commands.levels());
    list(out, "help line reworded", commands.usages());
  }

  private static void list(PrintStream out, String title, List<String> items) {
    if (items.isEmpty()) {
      return;
    }
    out.printf("  %s (%d):%n", title, items.size());
    items.forEach(item -> out.println("    " + item));
  }
}
