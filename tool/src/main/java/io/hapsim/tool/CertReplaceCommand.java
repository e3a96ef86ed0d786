package io.hapsim.tool;

import io.hapsim.client.tls.CertificateReplaced;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code hapsim cert replace}: a certificate replaced in a transaction, verified, then committed. */
@Command(name = "replace", mixinStandardHelpOptions = true,
        description = {"Replace the certificate FILE with the PEM in NEW (certificate, chain, private key):",
            "set ssl cert, check that HAProxy holds that leaf and the whole chain, commit; abort on any failure."},
        footer = {"", "FILE is the certificate's name as 'hapsim cert list' prints it.",
            "NEW may have CRLF line ends, empty lines or text between its blocks: only the blocks are sent, so",
            "nothing ends the payload early. An encrypted key, or none, is refused before anything is sent.",
            "With --ocsp, the chain must hold the certificate's issuer, or the commit fails; a response HAProxy",
            "ignores (not current, or about another certificate) is printed as a warning (3.0+ say so)."})
final class CertReplaceCommand extends ClientCommand {

    @Parameters(index = "0", paramLabel = "FILE")
    String file;

    @Parameters(index = "1", paramLabel = "NEW")
    Path pem;

    @Option(names = "--ocsp", paramLabel = "RESPONSE",
            description = "an OCSP response for the new certificate (DER), stapled with it in the same transaction")
    Path ocsp;

    @Override
    int run() {
        String text = new String(read(pem), StandardCharsets.ISO_8859_1);
        CertificateReplaced live = ocsp == null ? socket.client().certificates().replace(file, text)
                : socket.client().certificates().replace(file, text, read(ocsp));
        if (socket.json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("committed", true);
            m.put("file", live.file());
            m.put("serial", live.serial());
            m.put("chainLength", live.chainLength());
            m.put("rebuilt", live.rebuilt());
            m.put("warnings", live.warnings());
            output.json(m);
        } else {
            output.line("committed " + live.file() + ": serial " + live.serial() + ", " + live.chainLength()
                    + " chain certificate(s), " + live.rebuilt() + " instance(s) rebuilt");
            live.warnings().forEach(warning -> output.line("warning: " + warning));
        }
        return ExitCodes.OK;
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
