package io.hapsim.conformance.replay.target;

import io.hapsim.conformance.replay.net.Address;
import io.hapsim.conformance.replay.scenario.Scenario;
import io.hapsim.conformance.replay.text.PyJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Sockets of an instance somebody else runs (no fresh instance per scenario, so scenarios that
 * count on fresh state may differ; instance settings of scenarios are not applied and a note says
 * so). Built from a spec like the reference tool's {@code -t}:
 *
 * <ul>
 *   <li>{@code sockets=DIR}: admin/oper/user = {@code DIR/<name>.sock}, tcp from {@code DIR/tcp.port},
 *       {@code DIR} variable, log {@code DIR/haproxy.log} if it exists</li>
 *   <li>{@code NAME=ADDR} ({@code unix:PATH}, a path, {@code HOST:PORT}); a bare {@code ADDR} is admin</li>
 *   <li>{@code dir=PATH}, {@code log=FILE}, {@code var:NAME=VALUE}</li>
 * </ul>
 * separated by commas. Non-loopback TCP addresses are refused unless allowed.
 */
public final class ExistingSocketsTarget implements Target {
  private final String label;
  private final Map<String, String> sockets;
  private final Map<String, String> vars;
  private final Path logFile;

  public ExistingSocketsTarget(String label, Map<String, String> sockets, Map<String, String> vars, Path logFile) {
    this.label = label;
    this.sockets = Map.copyOf(sockets);
    this.vars = Map.copyOf(vars);
    this.logFile = logFile;
  }

  public static ExistingSocketsTarget fromSpec(String spec, String label, boolean allowRemote) throws IOException {
    Map<String, String> sockets = new LinkedHashMap<>();
    Map<String, String> vars = new LinkedHashMap<>();
    Path log = null;
    for (String raw : spec.split(",")) {
      String item = raw.strip();
      if (item.isEmpty()) {
        continue;
      }
      int eq = item.indexOf('=');
      if (eq < 0) {
        sockets.put("admin", item);
        continue;
      }
      String k = item.substring(0, eq);
      String v = item.substring(eq + 1);
      if (k.equals("sockets")) {
        Path d = Path.of(v).toAbsolutePath().normalize();
        for (String n : new String[] {"admin", "oper", "user"}) {
          sockets.putIfAbsent(n, d.resolve(n + ".sock").toString());
        }
        Path pf = d.resolve("tcp.port");
        if (Files.exists(pf)) {
          String port = Files.readString(pf, StandardCharsets.US_ASCII).strip();
          if (!port.isEmpty()) {
            sockets.putIfAbsent("tcp", "127.0.0.1:" + port);
          }
        }
        vars.putIfAbsent("DIR", d.toString());
        Path lf = d.resolve("haproxy.log");
        if (log == null && Files.exists(lf)) {
          log = lf;
        }
      } else if (k.equals("dir")) {
        vars.put("DIR", Path.of(v).toAbsolutePath().normalize().toString());
      } else if (k.equals("log")) {
        log = Path.of(v);
      } else if (k.startsWith("var:")) {
        vars.put(k.substring(4), v);
      } else {
        sockets.put(k, v);
      }
    }
    for (Map.Entry<String, String> e : sockets.entrySet()) {
      Address a = Address.parse(e.getValue());
      if (a instanceof Address.Tcp t && !t.isLoopback() && !allowRemote) {
        throw new IllegalArgumentException("refusing non-loopback target " + e.getKey() + "=" + e.getValue()
            + " (allow remote targets explicitly)");
      }
    }
    return new ExistingSocketsTarget(label, sockets, vars, log);
  }

  @Override
  public String label() {
    return label;
  }

  @Override
  public TargetInstance start(Scenario scenario) {
    String note = scenario.instance() != null && !scenario.instance().isEmpty()
        ? "scenario instance settings " + PyJson.dumps(scenario.instance()) + " not applied (fixed target)"
        : null;
    InstanceLog log = logFile != null ? new FileInstanceLog(logFile) : null;
    return new TargetInstance() {
      @Override
      public Map<String, String> sockets() {
        return sockets;
      }

      @Override
      public Map<String, String> vars() {
        return vars;
      }

      @Override
      public Optional<InstanceLog> log() {
        return Optional.ofNullable(log);
      }

      @Override
      public Optional<String> note() {
        return Optional.ofNullable(note);
      }

      @Override
      public void close() {
        // not ours to stop
      }
    };
  }
}
