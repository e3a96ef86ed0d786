package io.hapsim.simulator.command.tls;

import io.hapsim.simulator.command.CommandContext;
import io.hapsim.simulator.command.CommandHandler;
import io.hapsim.simulator.command.Reply;
import io.hapsim.simulator.session.AccessLevel;
import io.hapsim.simulator.state.tls.CaFile;
import io.hapsim.simulator.state.tls.CaFileStore;
import io.hapsim.simulator.state.tls.CaFileTransaction;
import io.hapsim.simulator.state.tls.CertificateParts;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Optional;

/**
 * {@code show ssl ca-file}: the ongoing transaction and the CA files with their certificate counts;
 * {@code show ssl ca-file [*]<file>[:<index>]}: their certificates' details, from the first or only the one at an
 * index (counted from 1; past the last, nothing at all). Below operator, HAProxy's {@code Can't allocate memory!}.
 */
final class ShowSslCaFileCommand implements CommandHandler {

    private static final String NOT_FOUND = "Can't display the CA file : Not found!\n";

    @Override
    public Reply handle(CommandContext ctx) {
        if (!ctx.session().level().atLeast(AccessLevel.OPERATOR)) {
            return Reply.error("Can't allocate memory!\n");
        }
        CaFileStore store = ctx.runtime().caFiles();
        String asked = ctx.arg(3);
        synchronized (store) {
            Optional<CaFileTransaction> ongoing = store.transaction();
            if (asked.isEmpty()) {
                StringBuilder listing = new StringBuilder();
                ongoing.ifPresent(t -> listing.append("# transaction\n*").append(t.path()).append(" - ")
                        .append(t.pending().size()).append(" certificate(s)\n"));
                listing.append("# filename\n");
                store.all().forEach(file -> listing.append(file.path()).append(" - ").append(file.count())
                        .append(" certificate(s)\n"));
                return Reply.text(listing.toString());
            }
            String name = asked;
            int index = 0;
            int colon = asked.indexOf(':');
            if (colon >= 0) {
                index = index(asked.substring(colon + 1));
                if (index <= 0) {
                    return Reply.error("wrong CA index after colons in '" + asked + "'!");
                }
                name = asked.substring(0, colon);
            }
            String status;
            List<X509Certificate> certificates;
            if (name.startsWith("*")) {
                String path = name.substring(1);
                Optional<CaFileTransaction> shown = ongoing.filter(t -> t.path().equals(path));
                if (shown.isEmpty()) {
                    return Reply.error(NOT_FOUND);
                }
                certificates = shown.get().pending();
                status = ctx.profile().tlsCli().showsUncommitted() ? "Uncommitted" : "Unused";
            } else {
                Optional<CaFile> file = store.find(name);
                if (file.isEmpty()) {
                    return Reply.error(NOT_FOUND);
                }
                certificates = file.get().certificates();
                status = file.get().used() ? "Used" : "Unused";
            }
            return Reply.text(details(name, status, certificates, index, ctx.runtime().bufferSize()));
        }
    }

    /**
     * The details from certificate {@code index} (1-based; 0 for all of them). HAProxy writes each certificate as it
     * goes, and when the next one no longer fits in the buffer ({@code tune.bufsize}, measured with the hundred
     * certificates of {@code @system-ca}) it waits for room and starts again, the file's name and status first.
     */
    private static String details(String name, String status, List<X509Certificate> certificates, int index,
            int room) {
        if (certificates == null || index > certificates.size()) {
            return ""; // HAProxy drops what it wrote for a file without a store, or an index past the last
        }
        String header = "Filename: " + name + "\nStatus: " + status + "\n";
        StringBuilder out = new StringBuilder(header);
        int filled = 0;
        int from = Math.max(index, 1);
        int to = index > 0 ? index : certificates.size();
        for (int number = from; number <= to; number++) {
            String certificate = " \nCertificate #" + number + ":\n" + CertificateText.details(
                    new CertificateParts(certificates.get(number - 1), List.of(), null));
            if (number > from && filled + certificate.length() > room) {
                out.append(header);
                filled = header.length();
            } else if (number == from) {
                filled = header.length();
            }
            out.append(certificate);
            filled += certificate.length();
        }
        return out.toString();
    }

    /** The index after the colon as {@code strtol} reads it whole, or 0 when it is not a number. */
    private static int index(String digits) {
        try {
            return Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
