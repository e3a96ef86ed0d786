package io.hapsim.conformance.compat;

import io.hapsim.simulator.command.Keyword;
import io.hapsim.simulator.command.KeywordCatalog;
import io.hapsim.simulator.version.VersionProfile;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How two versions' CLI keyword tables differ: commands added and removed, levels raised or lowered, help lines
 * reworded.
 *
 * @param added commands only the second version has
 * @param removed commands only the first version has
 * @param levels commands whose required level changed, as "words: from -> to"
 * @param usages commands whose help line changed
 */
record KeywordChanges(List<String> added, List<String> removed, List<String> levels, List<String> usages) {

  static KeywordChanges between(VersionProfile from, VersionProfile to) {
    Map<String, Keyword> before = byWords(KeywordCatalog.forProfile(from));
    Map<String, Keyword> after = byWords(KeywordCatalog.forProfile(to));
    List<String> added = new ArrayList<>();
    List<String> removed = new ArrayList<>();
    List<String> levels = new ArrayList<>();
    List<String> usages = new ArrayList<>();
    after.keySet().stream().filter(w -> !before.containsKey(w)).forEach(added::add);
    before.keySet().stream().filter(w -> !after.containsKey(w)).forEach(removed::add);
    for (Map.Entry<String, Keyword> entry : before.entrySet()) {
      Keyword now = after.get(entry.getKey());
      if (now == null) {
        continue;
      }
      Keyword was = entry.getValue();
      if (was.level() != now.level()) {
        levels.add(entry.getKey() + ": " + was.level().word() + " -> " + now.level().word());
      }
      if (was.listed() && now.listed() && !was.usage().equals(now.usage())) {
        usages.add(entry.getKey());
      }
    }
    return new KeywordChanges(added, removed, levels, usages);
  }

  boolean isEmpty() {
    return added.isEmpty() && removed.isEmpty() && levels.isEmpty() && usages.isEmpty();
  }

  private static Map<String, Keyword> byWords(List<Keyword> keywords) {
    Map<String, Keyword> map = new LinkedHashMap<>();
    for (Keyword k : keywords) {
      map.putIfAbsent(String.join(" ", k.words()), k);
    }
    return map;
  }
}
