package io.hapsim.conformance.tls;

import static org.assertj.core.api.Assertions.assertThat;

import io.hapsim.conformance.RealHaproxyRequired;
import io.hapsim.conformance.config.ConfigRefusalLiveTest;
import io.hapsim.conformance.replay.target.RealHaproxy;
import io.hapsim.simulator.Simulator;
import io.hapsim.simulator.config.ConfigException;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A certificate with an OCSP response beside it and no issuer in its chain, against real HAProxy's {@code haproxy -c},
 * byte for byte: without {@code <file>.issuer} the configuration is refused, with an alert naming the {@code bind}
 * line; with the CA as {@code <file>.issuer} it is taken; with another certificate, or with text that is no
 * certificate, it is refused for that file.
 */
class OcspIssuerRefusalLiveTest {

  @TempDir
  Path folder;

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"2.6", "3.0", "3.2", "3.4"})
  void anIssuerIsNeededAndCheckedAsRealHaproxyChecksIt(String version) throws Exception {
    RealHaproxyRequired.require(version, "OCSP issuer files against real HAProxy " + version);
    TestCertificates certs = TestCertificates.in(folder.resolve("certs"));
    certs.leaf("lone", "ec", "/CN=lone.example", "100", null);
    certs.leaf("other", "ec", "/CN=other.example", "200", null);
    certs.write("lone.pem", certs.joined("lone.crt", "lone.key"));
    Files.write(certs.dir().resolve("lone.pem.ocsp"), Base64.getDecoder().decode(
        certs.ocspResponse(List.of("lone.crt"), List.of("lone.crt"))));
    Path config = Files.writeString(folder.resolve("haproxy.cfg"), String.join("\n", "global",
        "    crt-base " + certs.dir(), "defaults", "    mode http", "    timeout client 5s",
        "    timeout server 5s", "    timeout connect 5s", "frontend fe",
        "    bind unix@" + folder.resolve("fe.sock") + " ssl crt lone.pem", "    default_backend be", "backend be",
        "    server s1 127.0.0.1:1", ""));
    Path issuer = certs.dir().resolve("lone.pem.issuer");

    assertThat(alerts(version, config)).singleElement().asString()
        .contains("impossible to compute the OCSP certificate ID");
    Files.writeString(issuer, certs.joined("ca.pem"));
    assertThat(alerts(version, config)).as("the CA given apart").isEmpty();
    Files.writeString(issuer, certs.joined("other.crt"));
    assertThat(alerts(version, config)).singleElement().asString().endsWith("lone.pem.issuer' is not an issuer'.");
    Files.writeString(issuer, "not a certificate\n");
    assertThat(alerts(version, config)).singleElement().asString().endsWith("cannot be read or parsed'.");
  }

  /** Real HAProxy's alerts, once checked that the simulator's are the same (none when both take it). */
  private static List<String> alerts(String version, Path config) throws Exception {
    Process check = new ProcessBuilder(RealHaproxy.launcher().toString(), version, "-c", "-f", config.toString())
        .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    String stderr = new String(check.getErrorStream().readAllBytes(), StandardCharsets.ISO_8859_1);
    assertThat(check.waitFor(30, TimeUnit.SECONDS)).as("haproxy %s -c exited", version).isTrue();
    List<String> real = ConfigRefusalLiveTest.alerts(stderr);
    assertThat(check.exitValue()).as("real %s's exit status: %s", version, stderr).isEqualTo(real.isEmpty() ? 0 : 1);
    List<String> simulated;
    try {
      Simulator.builder().version(version).config(config).check();
      simulated = List.of();
    } catch (ConfigException e) {
      simulated = e.alerts();
    }
    assertThat(simulated).as("hapsim %s's alerts", version).isEqualTo(real);
    return real;
  }
}
