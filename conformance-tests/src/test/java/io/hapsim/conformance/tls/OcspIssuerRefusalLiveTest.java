package io.hapsim.conformance.tls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
 * A certificate with an OCSP response beside it but no issuer (none in its chain, no {@code <file>.issuer}): real
 * HAProxy refuses the configuration ({@code haproxy -c}) with an alert naming the {@code bind} line, and so does the
 * simulator, byte for byte.
 */
class OcspIssuerRefusalLiveTest {

  @TempDir
  Path folder;

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"2.6", "3.0", "3.2", "3.4"})
  void aResponseWithoutItsIssuerIsRefusedAsRealHaproxyRefusesIt(String version) throws Exception {
    RealHaproxyRequired.require(version, "an OCSP response without its issuer against real HAProxy " + version);
    TestCertificates certs = TestCertificates.in(folder.resolve("certs"));
    certs.leaf("lone", "ec", "/CN=lone.example", "100", null);
    certs.write("lone.pem", certs.joined("lone.crt", "lone.key"));
    Files.write(certs.dir().resolve("lone.pem.ocsp"), Base64.getDecoder().decode(
        certs.ocspResponse(List.of("lone.crt"), List.of("lone.crt"))));
    Path config = Files.writeString(folder.resolve("haproxy.cfg"), String.join("\n", "global",
        "    crt-base " + certs.dir(), "defaults", "    mode http", "    timeout client 5s",
        "    timeout server 5s", "    timeout connect 5s", "frontend fe",
        "    bind unix@" + folder.resolve("fe.sock") + " ssl crt lone.pem", "    default_backend be", "backend be",
        "    server s1 127.0.0.1:1", ""));

    Process check = new ProcessBuilder(RealHaproxy.launcher().toString(), version, "-c", "-f", config.toString())
        .directory(folder.toFile()).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    String stderr = new String(check.getErrorStream().readAllBytes(), StandardCharsets.ISO_8859_1);
    assertThat(check.waitFor(30, TimeUnit.SECONDS)).as("haproxy %s -c exited", version).isTrue();
    List<String> real = ConfigRefusalLiveTest.alerts(stderr);

    assertThat(check.exitValue()).as("real %s refused it: %s", version, stderr).isEqualTo(1);
    assertThat(real).singleElement().asString().contains("impossible to compute the OCSP certificate ID");
    assertThatThrownBy(() -> Simulator.builder().version(version).config(config).check())
        .isInstanceOfSatisfying(ConfigException.class,
            refusal -> assertThat(refusal.alerts()).containsExactlyElementsOf(real));
  }
}
