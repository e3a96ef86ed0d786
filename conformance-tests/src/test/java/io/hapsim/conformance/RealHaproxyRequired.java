package io.hapsim.conformance;

import static org.junit.jupiter.api.Assertions.fail;

import io.hapsim.conformance.replay.target.RealHaproxy;
import org.junit.jupiter.api.Assumptions;

/**
* What a test that needs a real HAProxy does when the binary is missing: in CI ({@code CI=true}) it fails, elsewhere
* it says so loudly and is skipped, never passed.
*/
public final class RealHaproxyRequired {

  private RealHaproxyRequired() {
  }

  /** Fails or skips the running test unless real HAProxy {@code version} runs here; {@code what} is what needs it. */
  public static void require(String version, String what) {
    RealHaproxy.unavailable(version).ifPresent(why -> missing(version, why, what));
  }

  /** Fails (CI) or skips the running test: real HAProxy {@code version} is missing for {@code why}. */
  public static void missing(String version, String why, String what) {
    if (RealHaproxy.inCi()) {
      fail("CI=true and real HAProxy " + version + " is missing: " + why);
    }
    System.out.println("[real " + version + "] NOT INSTALLED, " + what + " SKIPPED: " + why);
    Assumptions.abort("SKIPPED, real HAProxy " + version + " not installed here: " + why);
  }
}
