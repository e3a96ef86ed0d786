package io.hapsim.tool;

import io.hapsim.client.error.CertificateUpdateException;
import io.hapsim.client.error.CommandFailedException;
import io.hapsim.client.error.EntryRejectedException;
import io.hapsim.client.error.HaproxyException;
import io.hapsim.client.error.ReloadFailedException;
import io.hapsim.client.error.TransactionFailedException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;

/** Base of the subcommands that talk to a socket: shared options, errors turned into messages and exit codes. */
abstract class ClientCommand implements Callable<Integer> {

    @Mixin
    SocketOptions socket;

    Output output = Output.system();

    @Override
    public final Integer call() {
        try {
            return run();
        } catch (RuntimeException e) {
            int code = ExitCodes.of(e);
            output.message("hapsim: " + e.getMessage());
            if (socket != null && socket.json) {
                output.json(Map.of("error", error(e, code)));
            }
            return code;
        }
    }

    abstract int run();

    static Map<String, Object> error(Throwable e, int code) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("exitCode", code);
        m.put("type", e.getClass().getSimpleName());
        if (e instanceof CommandFailedException c) {
            m.put("kind", c.kind().name());
            m.put("command", c.command());
            m.put("answer", c.answer());
        }
        if (e instanceof EntryRejectedException r) {
            m.put("line", r.line());
            m.put("key", r.key());
            m.put("reason", r.reason());
        }
        if (e instanceof TransactionFailedException t) {
            m.put("committed", false);
            m.put("phase", t.phase().name().toLowerCase(java.util.Locale.ROOT));
            m.put("version", t.version());
            m.put("entriesSent", t.entriesSent());
            if (t.getCause() instanceof HaproxyException cause) {
                m.put("cause", error(cause, ExitCodes.of(cause)));
            }
        }
        if (e instanceof CertificateUpdateException c) {
            m.put("committed", false);
            m.put("phase", c.phase().name().toLowerCase(java.util.Locale.ROOT));
            if (c.getCause() instanceof HaproxyException cause) {
                m.put("cause", error(cause, ExitCodes.of(cause)));
            }
        }
        if (e instanceof ReloadFailedException r) {
            m.put("startupLog", r.startupLog());
        }
        m.put("message", e.getMessage());
        return m;
    }
}
