package io.hapsim.conformance.replay.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import io.hapsim.conformance.replay.text.Normalizer;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A conformance scenario (see {@code conformance-tests/corpus/README.md}).
 *
 * @param instance the raw {@code instance} object (null if absent), e.g. {@code {"env": {...}}}
 * @param instanceEnv {@code instance.env}: settings for a fresh instance (STATS_TIMEOUT, BUFSIZE)
 * @param normalize extra normalisation rules
 * @param normalizeDefaults whether the default pointer rule applies too
 * @param vars extra {@code {NAME}} substitutions
 * @param source the file it was loaded from (null if built in code)
 */
public record Scenario(String name, String description, JsonNode instance, Map<String, String> instanceEnv,
    List<Normalizer.Rule> normalize, boolean normalizeDefaults, Unstable unstable, Map<String, String> vars,
    List<ConnectionSpec> connections, Path source) {

  public Scenario {
    instanceEnv = Map.copyOf(instanceEnv);
    normalize = List.copyOf(normalize);
    vars = Map.copyOf(vars);
    connections = List.copyOf(connections);
  }

  /**
   * Declared instability: {@code {"versions": ["2.6"], "why": "..."}} ({@code "*"} = all versions).
   */
  public record Unstable(List<String> versions, String why) {
    public Unstable {
      versions = List.copyOf(versions);
      why = why == null ? "declared unstable" : why;
    }

    public boolean appliesTo(String... labels) {
      if (versions.contains("*")) {
        return true;
      }
      for (String l : labels) {
        if (l != null && versions.contains(l)) {
          return true;
        }
      }
      return false;
    }

    /** This declaration widened by {@code more} (either may be null): the union of versions, both reasons. */
    static Unstable merge(Unstable declared, Unstable more) {
      if (declared == null || more == null) {
        return declared == null ? more : declared;
      }
      var versions = new java.util.LinkedHashSet<>(declared.versions);
      versions.addAll(more.versions);
      return new Unstable(List.copyOf(versions), declared.why + "; " + more.why);
    }
  }

  /** This scenario with {@code more} instability than its file declares. */
  Scenario withUnstable(Unstable more) {
    return new Scenario(name, description, instance, instanceEnv, normalize, normalizeDefaults,
        Unstable.merge(unstable, more), vars, connections, source);
  }

  /**
   * Whether the instance runs in master-worker mode ({@code "instance": {"master": true}}): a master process with
   * its CLI on the {@code master} socket, serving the fixture's sockets from one worker.
   */
  public boolean masterWorker() {
    return instance != null && instance.path("master").asBoolean(false);
  }

  /**
   * The fixture its instance is made from, when not the default one: {@code "instance": {"fixture": "tls"}} names
   * the sub-folder {@code fixture/tls/}, with a template and files of its own.
   */
  public Optional<String> fixture() {
    return instance == null || !instance.hasNonNull("fixture") ? Optional.empty()
        : Optional.of(instance.get("fixture").asText());
  }

  /** The reason this scenario is unstable for one of these version labels, if it is. */
  public Optional<String> unstableFor(String... labels) {
    return unstable != null && unstable.appliesTo(labels) ? Optional.of(unstable.why()) : Optional.empty();
  }

  /** All normalisation rules in application order (scenario rules, then the defaults). */
  public List<Normalizer.Rule> effectiveRules() {
    if (!normalizeDefaults) {
      return normalize;
    }
    return java.util.stream.Stream.concat(normalize.stream(), java.util.stream.Stream.of(Normalizer.POINTER_RULE))
        .toList();
  }
}
