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
import picocli.CommandLine.Parameters;

/** {@code hapsim cert replace}: a certificate replaced in a transaction, verified, then committed. */
@Command(name = "replace", mixinStandardHelpOptions = true,
        description = {"Replace the certificate FILE with the PEM in NEW (certificate, chain, private key):",
            "set ssl cert, check that HAProxy holds that leaf and the whole chain, commit; abort on any failure."},
        footer = {"", "FILE is the certificate's name as 'hapsim cert list' prints it.",
            "NEW may have CRLF line ends, empty lines or text between its blocks: only the blocks are sent, so",
            "nothing ends the payload early. An encrypted key, or none, is refused before anything is sent."})
final class CertReplaceCommand extends ClientCommand {

    @Parameters(index = "0", paramLabel = "FILE")
    String file;

    @Parameters(index = "1", paramLabel = "NEW")
    Path pem;

    @Override
    int run() {
        String text;
        try {
            text = Files.readString(pem, StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + pem + ": " + e.getMessage(), e);
        }
        CertificateReplaced live = socket.client().certificates().replace(file, text);
        if (socket.json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("committed", true);
            m.put("file", live.file());
            m.put("serial", live.serial());
            m.put("chainLength", live.chainLength());
            m.put("rebuilt", live.rebuilt());
            output.json(m);
        } else {
            output.line("committed " + live.file() + ": serial " + live.serial() + ", " + live.chainLength()
                    + " chain certificate(s), " + live.rebuilt() + " instance(s) rebuilt");
        }
        return ExitCodes.OK;
    }
}
