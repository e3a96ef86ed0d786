package io.hapsim.conformance.report;

import io.hapsim.conformance.report.Results.Property;
import java.util.Collection;

/** The random sessions of one property on one version: one cell of the report's table. */
record SessionTally(int sessions, int matched, boolean recorded) {

  static SessionTally of(Collection<Property> properties) {
    return new SessionTally(properties.stream().mapToInt(Property::sessions).sum(),
        properties.stream().mapToInt(Property::matched).sum(), !properties.isEmpty());
  }

  /**
   * {@code matched / run}, in bold when a session differed (the property stops at its first difference, so the
   * run count is then how far it got).
   */
  String cell() {
    if (!recorded) {
      return "—";
    }
    if (sessions == 0) {
      return "not run";
    }
    String counts = matched + " / " + sessions;
    return matched < sessions ? "**" + counts + "**" : counts;
  }
}
