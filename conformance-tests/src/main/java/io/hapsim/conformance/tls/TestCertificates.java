package io.hapsim.conformance.tls;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Certificates a test makes with {@code openssl} in a folder of its own: a CA ({@code ca.pem}, {@code ca.key}), then
 * leaves it signs ({@code <name>.crt}, {@code <name>.key}). Nothing is downloaded, and the dates and fingerprints are
 * the certificates' own, so a real HAProxy and the simulator print the same ones. Tests of the client use it too.
 */
public final class TestCertificates {

  private final Path dir;

  private TestCertificates(Path dir) {
    this.dir = dir;
  }

  /** The folder, with the CA made. */
  public static TestCertificates in(Path dir) throws Exception {
    TestCertificates certificates = new TestCertificates(Files.createDirectories(dir));
    certificates.openssl("req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes", "-keyout",
        "ca.key", "-out", "ca.pem", "-days", "3650", "-subj", "/CN=hapsim test CA", "-set_serial", "4096");
    return certificates;
  }

  public Path dir() {
    return dir;
  }

  /** Another self-signed CA, as {@code <name>.pem} (its key {@code <name>.key}), {@code ec} or {@code rsa:2048}. */
  public void authority(String name, String keyType, String subject, String serial) throws Exception {
    List<String> request = new ArrayList<>(List.of("req", "-x509", "-newkey", keyType, "-nodes", "-keyout",
        name + ".key", "-out", name + ".pem", "-days", "3650", "-subj", subject, "-set_serial", serial));
    if (keyType.equals("ec")) {
      request.addAll(4, List.of("-pkeyopt", "ec_paramgen_curve:P-256"));
    }
    openssl(request.toArray(String[]::new));
  }

  /**
   * A key ({@code ec} for P-256, or {@code rsa:2048}) and a certificate the CA signs, as {@code <name>.key} and
   * {@code <name>.crt}, with an extension line such as {@code subjectAltName=DNS:a.example} when not null.
   */
  public void leaf(String name, String keyType, String subject, String serial, String extension) throws Exception {
    List<String> request = new ArrayList<>(List.of("req", "-newkey", keyType, "-nodes", "-keyout", name + ".key",
        "-out", name + ".csr", "-subj", subject));
    if (keyType.equals("ec")) {
      request.addAll(3, List.of("-pkeyopt", "ec_paramgen_curve:P-256"));
    }
    openssl(request.toArray(String[]::new));
    List<String> sign = new ArrayList<>(List.of("x509", "-req", "-in", name + ".csr", "-CA", "ca.pem", "-CAkey",
        "ca.key", "-set_serial", serial, "-days", "365", "-out", name + ".crt"));
    if (extension != null) {
      Files.writeString(dir.resolve(name + ".ext"), extension + "\n");
      sign.addAll(List.of("-extfile", name + ".ext"));
    }
    openssl(sign.toArray(String[]::new));
  }

  /**
   * The key of {@code <name>.key} in OpenSSL's older form, as {@code <name>.traditional.key}: PKCS#1
   * ({@code RSA PRIVATE KEY}) or SEC 1 ({@code EC PRIVATE KEY}).
   */
  public void traditionalKey(String name) throws Exception {
    openssl("pkey", "-in", name + ".key", "-traditional", "-out", name + ".traditional.key");
  }

  /**
   * An OCSP response the CA signs about the leaves {@code asked} (files of the folder), each good when it is one of
   * {@code known}, else of unknown status, valid for a week; in base64, as {@code set ssl ocsp-response} takes it.
   */
  public String ocspResponse(List<String> known, List<String> asked) throws Exception {
    return ocspResponse(known, List.of(), asked);
  }

  /**
   * As {@link #ocspResponse(List, List)}, the leaves of {@code revoked} revoked on 2026-12-01 for a key compromise,
   * and {@code options} given to {@code openssl ocsp} (another signer: {@code -rsigner}, {@code -rkey}; the responder
   * by its key: {@code -resp_key_id}; no certificate: {@code -resp_no_certs}).
   */
  public String ocspResponse(List<String> known, List<String> revoked, List<String> asked, String... options)
      throws Exception {
    StringBuilder index = new StringBuilder();
    DateTimeFormatter expiry = DateTimeFormatter.ofPattern("yyMMddHHmmss'Z'").withZone(ZoneOffset.UTC);
    for (String file : known) {
      index.append(indexLine(file, "V", "", expiry));
    }
    for (String file : revoked) {
      index.append(indexLine(file, "R", "261201000000Z,keyCompromise", expiry));
    }
    Files.writeString(dir.resolve("ocsp-index.txt"), index.toString());
    List<String> request = new ArrayList<>(List.of("ocsp", "-index", "ocsp-index.txt", "-rsigner", "ca.pem",
        "-rkey", "ca.key", "-CA", "ca.pem", "-issuer", "ca.pem", "-respout", "ocsp.der", "-ndays", "7"));
    asked.forEach(file -> request.addAll(List.of("-cert", file)));
    request.addAll(List.of(options));
    openssl(request.toArray(String[]::new));
    return Base64.getEncoder().encodeToString(Files.readAllBytes(dir.resolve("ocsp.der")));
  }

  /** A line of the index {@code openssl ocsp} answers from: a certificate's status, expiry, revocation and serial. */
  private String indexLine(String file, String status, String revocation, DateTimeFormatter expiry)
      throws Exception {
    X509Certificate certificate = (X509Certificate) CertificateFactory.getInstance("X.509")
        .generateCertificate(new ByteArrayInputStream(Files.readAllBytes(dir.resolve(file))));
    String serial = certificate.getSerialNumber().toString(16).toUpperCase(Locale.ROOT);
    return status + "\t" + expiry.format(certificate.getNotAfter().toInstant()) + "\t" + revocation + "\t"
        + (serial.length() % 2 == 0 ? serial : "0" + serial) + "\tunknown\t"
        + certificate.getSubjectX500Principal().getName() + "\n";
  }

  /**
   * A revocation list the CA signs, as {@code <name>.crl}, revoking the certificates of {@code revoked} (files of
   * the folder, given in ascending serial order), none when there are none. Valid for 30 days.
   */
  public void revocationList(String name, String... revoked) throws Exception {
    Path database = Files.createDirectories(dir.resolve(name + ".db"));
    Files.writeString(database.resolve("index.txt"), "");
    Files.writeString(database.resolve("crlnumber"), "1000\n");
    Path config = Files.writeString(database.resolve("ca.cnf"), String.join("\n", "[ ca ]",
        "default_ca = test_ca", "[ test_ca ]", "database = " + database.resolve("index.txt"),
        "crlnumber = " + database.resolve("crlnumber"), "default_md = sha256", "default_crl_days = 30", ""));
    for (String certificate : revoked) {
      openssl("ca", "-config", config.toString(), "-cert", "ca.pem", "-keyfile", "ca.key", "-revoke", certificate);
    }
    openssl("ca", "-config", config.toString(), "-cert", "ca.pem", "-keyfile", "ca.key", "-gencrl", "-out",
        name + ".crl");
  }

  /** The files of the folder, one after the other, as one text ({@code "site.crt", "site.key", "ca.pem"}). */
  public String joined(String... files) throws IOException {
    StringBuilder text = new StringBuilder();
    for (String file : files) {
      text.append(Files.readString(dir.resolve(file)));
    }
    return text.toString();
  }

  /** Writes {@code text} as a file of the folder. */
  public Path write(String file, String text) throws IOException {
    return Files.writeString(dir.resolve(file), text);
  }

  private void openssl(String... arguments) throws Exception {
    List<String> command = new ArrayList<>(List.of("openssl"));
    command.addAll(List.of(arguments));
    Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes());
    if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
      throw new IllegalStateException("openssl " + String.join(" ", arguments) + " failed: " + output);
    }
  }
}
