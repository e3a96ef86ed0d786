package io.hapsim.simulator.command.tls;

import io.hapsim.simulator.command.CommandContext;
import io.hapsim.simulator.command.CommandHandler;
import io.hapsim.simulator.command.Reply;
import io.hapsim.simulator.config.TimeValue;
import io.hapsim.simulator.state.tls.CertificateStore;
import io.hapsim.simulator.state.tls.ServingBind;
import io.hapsim.simulator.state.tls.SniTrees;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Locale;

/**
 * {@code show ssl sni [-f <frontend>] [-A] [-t <offset>]} (3.2+): each name a {@code bind} line serves a certificate
 * under, with the line's place in the configuration, the negative filters of a wildcard, the key type, the file
 * and its dates. {@code -A} keeps the certificates expired by now ({@code -t} seconds later); the last {@code -f}
 * chooses the frontend.
 */
final class ShowSslSniCommand implements CommandHandler {

    private static final String HEADER = "# Frontend/Bind\tSNI\tNegative Filter\tType\tFilename\tNotAfter\tNotBefore\n";

    @Override
    public Reply handle(CommandContext ctx) {
        String frontend = null;
        boolean expiredOnly = false;
        long offsetSeconds = 0;
        for (int at = 3; !ctx.arg(at).isEmpty(); at++) {
            String option = ctx.arg(at);
            switch (option) {
                case "-f" -> {
                    String name = ctx.arg(++at);
                    if (name.isEmpty()) {
                        return Reply.error("'-f' requires a frontend name!\n");
                    }
                    if (ctx.runtime().proxies().frontend(name).filter(p -> p.name().equals(name)).isEmpty()) {
                        return Reply.error("Couldn't find the specified frontend!\n");
                    }
                    frontend = name;
                }
                case "-A" -> expiredOnly = true;
                case "-t" -> {
                    String offset = ctx.arg(++at);
                    if (offset.isEmpty()) {
                        return Reply.error("'-t' requires an offset argument!\n");
                    }
                    TimeValue seconds = TimeValue.read(offset, TimeValue.Unit.SECONDS);
                    switch (seconds.problem()) {
                        case OVERFLOW -> {
                            return Reply.error("offset overflow '" + offset
                                    + "' (maximum value is 2147483647s or ~24855 days)");
                        }
                        case UNDERFLOW -> {
                            return Reply.error("timer underflow '" + offset + "' (minimum non-null value is 1s)");
                        }
                        case UNEXPECTED_CHARACTER -> {
                            return Reply.error("'-t " + offset + "' : unexpected character '"
                                    + seconds.unexpected() + "'");
                        }
                        case NONE -> {
                            if (seconds.value() == 0) {
                                return Reply.error("'-t' expects a positive value");
                            }
                            offsetSeconds = seconds.value();
                        }
                    }
                }
                default -> {
                    return Reply.error(
                            "Invalid parameters, 'show ssl sni' only supports '-f', '-A' or '-t' options!\n");
                }
            }
        }
        long expiredBefore = Instant.now().getEpochSecond() + offsetSeconds;
        StringBuilder out = new StringBuilder(HEADER);
        CertificateStore certificates = ctx.runtime().certificates();
        for (ServingBind bind : ctx.runtime().servingBinds()) {
            if (frontend != null && !bind.frontend().equals(frontend)) {
                continue;
            }
            for (SniTrees.Sni sni : SniTrees.of(bind, certificates, ctx.runtime().crtLists())) {
                X509Certificate leaf = sni.certificate().parts().leaf();
                if (expiredOnly && expiredBefore <= leaf.getNotAfter().getTime() / 1000) {
                    continue;
                }
                out.append(bind.frontend()).append('/').append(bind.file()).append(':').append(bind.line())
                        .append('\t').append(sni.wildcard() ? "*" : "").append(sni.name()).append('\t');
                sni.negativeFilters().forEach(filter -> out.append('!').append(filter).append(' '));
                out.append(sni.negativeFilters().isEmpty() ? "-" : "").append('\t')
                        .append(sni.signature().name().toLowerCase(Locale.ROOT)).append('\t')
                        .append(sni.certificate().name()).append('\t')
                        .append(CertificateText.date(leaf.getNotAfter())).append('\t')
                        .append(CertificateText.date(leaf.getNotBefore())).append('\n');
            }
        }
        return Reply.text(out.toString());
    }
}
