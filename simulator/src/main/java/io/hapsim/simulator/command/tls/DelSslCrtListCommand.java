package io.hapsim.simulator.command.tls;

import io.hapsim.simulator.command.CommandContext;
import io.hapsim.simulator.command.CommandHandler;
import io.hapsim.simulator.command.Reply;
import io.hapsim.simulator.state.tls.CertificateStore;
import io.hapsim.simulator.state.tls.CrtList;
import io.hapsim.simulator.state.tls.CrtListStore;
import io.hapsim.simulator.state.tls.StoredCertificate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * {@code del ssl crt-list <list> <certificate>[:<line>]}: removes a certificate's line from a list; a certificate on
 * several lines needs the line's number.
 */
final class DelSslCrtListCommand implements CommandHandler {

    private static final String REFUSED = "Can't delete the entry: ";

    @Override
    public Reply handle(CommandContext ctx) {
        String name = ctx.arg(3);
        String asked = ctx.arg(4);
        if (name.isEmpty() || asked.isEmpty()) {
            return Reply.error("'del ssl crtlist' expects a filename and a certificate name\n");
        }
        String certificateName = asked;
        int line = 0;
        int colon = asked.indexOf(':');
        if (colon >= 0) {
            try {
                line = Integer.parseInt(asked.substring(colon + 1));
            } catch (NumberFormatException e) {
                return Reply.error(REFUSED + "wrong line number after colons in '" + asked + "'!\n");
            }
            certificateName = asked.substring(0, colon);
        }
        String path = CrtListStore.listPath(name);
        CrtListStore lists = ctx.runtime().crtLists();
        CertificateStore certificates = ctx.runtime().certificates();
        synchronized (lists) {
            Optional<CrtList> list = lists.find(path);
            if (list.isEmpty()) {
                return Reply.error(REFUSED + "crt-list '" + path + "' does not exist!\n");
            }
            String file = certificateName; // as given: del applies no crt-base
            Optional<StoredCertificate> certificate = certificates.find(file);
            if (certificate.isEmpty()) {
                return Reply.error(REFUSED + "certificate '" + file + "' does not exist!\n");
            }
            if (certificate.get().parts().empty()) {
                return Reply.error(REFUSED + "certificate '" + file + "' is empty!\n");
            }
            List<CrtList.Entry> ofCertificate = list.get().entries().stream()
                    .filter(entry -> entry.certificate().equals(file)).toList();
            if (ofCertificate.isEmpty()) {
                return Reply.error(REFUSED + "certificate '" + file + "' can't be found in crt-list '" + path + "'!\n");
            }
            int wanted = line;
            List<CrtList.Entry> matching = ofCertificate.stream()
                    .filter(entry -> wanted == 0 || entry.line() == wanted).toList();
            String lines = ofCertificate.stream().map(entry -> "" + entry.line()).collect(Collectors.joining(", "));
            if (matching.isEmpty()) {
                return Reply.error(REFUSED + "found a certificate '" + file + "' but the line number is incorrect,"
                        + " please specify a correct line number preceded by colons (" + lines + ")!\n");
            }
            if (matching.size() > 1) {
                return Reply.error(REFUSED + "found the certificate '" + file + "' in several entries, please specify a"
                        + " line number preceded by colons (" + lines + ")!\n");
            }
            lists.remove(path, matching.get(0));
            certificates.serve(file, -list.get().binds());
        }
        return Reply.notice("Entry '" + certificateName + "' deleted in crtlist '" + path + "'!\n");
    }
}
