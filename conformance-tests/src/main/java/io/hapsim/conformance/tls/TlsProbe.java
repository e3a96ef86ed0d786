package io.hapsim.conformance.tls;

import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketException;
import java.security.GeneralSecurityException;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.List;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

/**
 * A TLS client that only wants to know which certificate a {@code bind} line serves: it trusts whatever it is
 * shown (the test's own certificates), names a server or none, and reports the leaf and the chain, or the refusal.
 */
public final class TlsProbe {

  private static final int ATTEMPTS = 100;
  private static final long RETRY_MILLIS = 20;

  private TlsProbe() {
  }

  /**
   * {@code <subject> serial <hex> chain <n>} of what 127.0.0.1:{@code port} serves a client asking for
   * {@code serverName} (null: no server name), or {@code refused} when the handshake fails. A port not listening yet
   * is tried again for two seconds. Each probe has a context of its own: no session is resumed, whose certificate
   * would be the one it was made with.
   */
  public static String served(int port, String serverName) throws IOException {
    SSLContext context;
    try {
      context = SSLContext.getInstance("TLS");
      context.init(null, new TrustManager[] {new TrustingAll()}, null);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("every JDK has TLS", e);
    }
    for (int attempt = 1; ; attempt++) {
      try (SSLSocket socket = (SSLSocket) context.getSocketFactory().createSocket("127.0.0.1", port)) {
        SSLParameters parameters = socket.getSSLParameters();
        parameters.setServerNames(serverName == null ? List.of() : List.of(new SNIHostName(serverName)));
        socket.setSSLParameters(parameters);
        socket.setSoTimeout(5000);
        socket.startHandshake();
        Certificate[] chain = socket.getSession().getPeerCertificates();
        X509Certificate leaf = (X509Certificate) chain[0];
        return leaf.getSubjectX500Principal().getName() + " serial " + leaf.getSerialNumber().toString(16)
            + " chain " + (chain.length - 1);
      } catch (ConnectException e) {
        if (attempt == ATTEMPTS) {
          throw e;
        }
        sleep();
      } catch (SSLException | SocketException e) {
        return "refused"; // an alert, or a close before the handshake ends
      }
    }
  }

  private static void sleep() throws IOException {
    try {
      Thread.sleep(RETRY_MILLIS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
  }

  /** The test's certificates are its own: whatever the server shows is what the test looks at, not a risk. */
  private static final class TrustingAll implements X509TrustManager {

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) {
      // not a server
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) {
      // every certificate is reported, none is refused
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
      return new X509Certificate[0];
    }
  }
}
