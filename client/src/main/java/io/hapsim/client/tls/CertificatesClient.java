package io.hapsim.client.tls;

import io.hapsim.client.HaproxyCli;
import io.hapsim.client.error.CertificateUpdateException;
import io.hapsim.client.error.CertificateUpdateException.Phase;
import io.hapsim.client.error.CommandFailedException;
import io.hapsim.client.error.ErrorClassifier;
import io.hapsim.client.error.ErrorKind;
import io.hapsim.client.map.ChunkBudget;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * The certificates of one process, and replacing one of them in a transaction that either makes the whole new chain
 * live or leaves the old one serving:
 *
 * <pre>{@code
 * CertificateReplaced live = haproxy.certificates().replace("/etc/haproxy/certs/site.pem", Files.readString(pem));
 * }</pre>
 *
 * <p>A process has one certificate transaction at a time, whoever started it: {@code replace} refuses to start while
 * one is under way (2.4 to 2.8 would even fold a payload for another file into it).
 */
public final class CertificatesClient {

    private static final String TRANSACTION_HEADER = "# transaction";

    private final HaproxyCli cli;

    public CertificatesClient(HaproxyCli cli) {
        this.cli = cli;
    }

    /** The certificate files loaded, by name ({@code show ssl cert}), without the ongoing transaction's. */
    public List<String> list() {
        List<String> files = new ArrayList<>();
        boolean inFiles = false;
        for (String line : listing()) {
            if (line.startsWith("# ")) {
                inFiles = line.equals("# filename");
            } else if (inFiles && !line.isEmpty()) {
                files.add(line);
            }
        }
        return files;
    }

    /** The file the ongoing transaction changes, if there is one. */
    public Optional<String> transaction() {
        List<String> lines = listing();
        int header = lines.indexOf(TRANSACTION_HEADER);
        return header >= 0 && header + 1 < lines.size()
                ? Optional.of(lines.get(header + 1).substring(1)) : Optional.empty();
    }

    /**
     * Replaces a certificate with a PEM (the certificate, its chain, its private key), then commits it once HAProxy
     * shows that it holds that leaf and the whole chain. The PEM is sent as {@link PemBundle} makes it safe to send,
     * the key on its own where the whole does not fit in HAProxy's buffer. On any failure the transaction is aborted
     * and the old certificate stays live.
     *
     * @throws UnusablePemException       a PEM HAProxy would refuse or truncate (see {@link PemBundle#of}): nothing sent
     * @throws CertificateUpdateException HAProxy refused it, or held something else than what was sent
     */
    public CertificateReplaced replace(String file, String pem) {
        return replace(file, pem, Optional.empty());
    }

    /**
     * As {@link #replace(String, String)}, with the OCSP response to staple for the new certificate (DER, as
     * {@code openssl ocsp -respout} writes it), sent in the same transaction ({@code <file>.ocsp}): a PEM alone drops
     * what the old certificate had for OCSP. HAProxy files the response under an ID it computes with the certificate's
     * issuer, which must be in the chain: without it the commit fails and the old certificate stays live. A response
     * that is not current, or not about the certificate, is ignored by the commit, the certificate going live all the
     * same; 3.0+ say so, in {@link CertificateReplaced#warnings()}, and 2.6 and 2.8 say nothing.
     *
     * @throws UnusablePemException       a PEM HAProxy would refuse or truncate, or a response that does not fit in
     *                                    HAProxy's buffer: nothing sent
     * @throws CertificateUpdateException HAProxy refused it, held something else than what was sent, or could not
     *                                    staple the response for want of its issuer
     */
    public CertificateReplaced replace(String file, String pem, byte[] ocspResponse) {
        return replace(file, pem, Optional.of(ocspResponse));
    }

    private CertificateReplaced replace(String file, String pem, Optional<byte[]> ocspResponse) {
        PemBundle bundle = PemBundle.of(pem);
        String setResponse = "set ssl cert " + file + ".ocsp <<";
        Optional<String> response = ocspResponse.map(CertificatesClient::base64Lines);
        if (response.isPresent() && response.get().length() > room(setResponse)) {
            throw new UnusablePemException("the OCSP response takes " + response.get().length() + " bytes in base64,"
                    + " more than a payload has room for in HAProxy's buffer (tune.bufsize "
                    + cli.options().bufferSize() + ")");
        }
        Optional<String> ongoing = transaction();
        if (ongoing.isPresent()) {
            throw new CertificateUpdateException(Phase.CHECK, file,
                    "a transaction on " + ongoing.get() + " is under way; it must be committed or aborted first", null);
        }
        upload(file, bundle);
        response.ifPresent(lines -> send(file, setResponse, lines, "Transaction updated for certificate "));
        String serial = verify(file, bundle);
        String commit = "commit ssl cert " + file;
        String committed = ErrorClassifier.stripSeverity(cli.execute(commit));
        if (!committed.startsWith("Committing " + file) || !committed.strip().endsWith("Success!")) {
            abortQuietly(file); // up to 3.2 a refused commit leaves the transaction open
            throw new CertificateUpdateException(Phase.COMMIT, file, committed.strip(), failure(commit, committed));
        }
        int dots = 0;
        for (int i = ("Committing " + file).length(); i < committed.length() && committed.charAt(i) == '.'; i++) {
            dots++;
        }
        // between the line of dots and Success!: what the rebuild warned of
        List<String> lines = List.of(committed.strip().split("\n"));
        List<String> warnings = lines.subList(1, lines.size() - 1).stream().filter(line -> !line.isBlank()).toList();
        return new CertificateReplaced(file, serial, bundle.chainLength(), dots, warnings);
    }

    /** Base64 in lines of 64 characters, as PEM writes it: HAProxy joins them. */
    private static String base64Lines(byte[] der) {
        return Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der) + "\n";
    }

    /** How many bytes a payload after {@code command} has room for: before 3.4, HAProxy's buffer limits it. */
    private int room(String command) {
        return cli.version().atLeast(3, 4) ? Integer.MAX_VALUE
                : ChunkBudget.payloadBytes(cli.options().bufferSize(), command.length());
    }

    /**
     * Sends the bundle in one payload, or where it does not fit in HAProxy's buffer (before 3.4, whose payloads have
     * a limit of their own), the certificates then the key ({@code <file>.key}), into the same transaction.
     */
    private void upload(String file, PemBundle bundle) {
        String set = "set ssl cert " + file + " <<";
        int room = room(set + ".key");
        if (bundle.payload().length() <= room) {
            send(file, set, bundle.payload(), "Transaction created for certificate ");
            return;
        }
        if (bundle.certificates().length() > room) {
            throw new UnusablePemException("the certificate and its chain take " + bundle.certificates().length()
                    + " bytes, more than a payload has room for in HAProxy's buffer (tune.bufsize "
                    + cli.options().bufferSize() + ")");
        }
        send(file, set, bundle.certificates(), "Transaction created for certificate ");
        send(file, "set ssl cert " + file + ".key <<", bundle.key(), "Transaction updated for certificate ");
    }

    private void send(String file, String command, String payload, String expected) {
        String answer = ErrorClassifier.stripSeverity(cli.execute(command, payload));
        if (!answer.startsWith(expected)) {
            abortQuietly(file);
            throw new CertificateUpdateException(Phase.UPLOAD, file, answer.strip(), failure(command, answer));
        }
    }

    /** Reads the transaction back: its leaf must be the one sent, and no chain certificate may be missing. */
    private String verify(String file, PemBundle bundle) {
        String show = "show ssl cert *" + file;
        String details = cli.execute(show);
        String serial = null;
        int chain = 0;
        for (String line : details.split("\n")) {
            if (line.startsWith("Serial: ")) {
                serial = line.substring("Serial: ".length());
            } else if (line.startsWith("Chain Subject: ")) {
                chain++;
            }
        }
        String problem = serial == null ? "HAProxy shows no certificate in the transaction: " + details.strip()
                : !serial.equals(bundle.serial()) ? "HAProxy holds serial " + serial + ", not " + bundle.serial()
                : chain != bundle.chainLength() ? "HAProxy holds " + chain + " chain certificates of the "
                        + bundle.chainLength() + " sent" : null;
        if (problem != null) {
            abortQuietly(file);
            throw new CertificateUpdateException(Phase.VERIFY, file, problem, null);
        }
        return serial;
    }

    private List<String> listing() {
        String command = "show ssl cert";
        String answer = cli.execute(command);
        if (!answer.startsWith("# ")) {
            ErrorClassifier.classify(answer).ifPresent(kind -> {
                throw ErrorClassifier.exception(kind, command, answer);
            });
        }
        return List.of(answer.split("\n"));
    }

    private void abortQuietly(String file) {
        // "No ongoing transaction!" is fine here: a refused set or a failed 3.3+ commit has none left
        cli.execute("abort ssl cert " + file);
    }

    private static CommandFailedException failure(String command, String answer) {
        ErrorKind kind = ErrorClassifier.classify(answer).orElse(ErrorKind.UNRECOGNIZED);
        return ErrorClassifier.exception(kind, command, answer);
    }
}
