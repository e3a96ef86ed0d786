package io.hapsim.tool;

import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;

/** {@code hapsim cert list}: the certificate files loaded, and the ongoing transaction's file. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = {"List the certificate files HAProxy loaded (show ssl cert), one per line,",
            "then the file an ongoing transaction changes, if any, after a '*'."})
final class CertListCommand extends ClientCommand {

    @Override
    int run() {
        var certificates = socket.client().certificates();
        List<String> files = certificates.list();
        var transaction = certificates.transaction();
        if (socket.json) {
            output.json(Map.of("files", files, "transaction", transaction.orElse("")));
        } else {
            files.forEach(output::line);
            transaction.ifPresent(file -> output.line("*" + file));
        }
        return ExitCodes.OK;
    }
}
