package io.hapsim.simulator.transport;

import io.hapsim.simulator.config.ListenAddress;
import io.hapsim.simulator.config.ListenAddressParser;
import io.hapsim.simulator.config.StatsSocket;
import io.hapsim.simulator.session.AccessLevel;
import io.hapsim.simulator.state.RuntimeState;
import io.hapsim.simulator.state.tls.CertificateParts;
import io.hapsim.simulator.state.tls.ServingBind;
import io.hapsim.simulator.state.tls.SniTrees;
import io.hapsim.simulator.state.tls.StoredCertificate;
import io.hapsim.simulator.version.AddressSyntax;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelInitializer;
import io.netty.handler.ssl.SniHandler;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.SslHandshakeCompletionEvent;
import io.netty.util.AsyncMapping;
import io.netty.util.concurrent.Future;
import io.netty.util.concurrent.Promise;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;
import java.util.function.Supplier;
import javax.net.ssl.SSLException;

/**
 * The TLS side of the configuration's {@code bind} lines that serve certificates: each listens where its line says
 * and completes the handshake with the certificate HAProxy would choose for the client's server name, as the
 * runtime state has it at that moment (so a commit shows at the next handshake), then closes. No request is read:
 * what a test checks is which certificate and chain are live. A client {@code strict-sni} refuses is closed on.
 */
public final class TlsFrontends {

    /** Contexts by the certificate parts they serve: a commit brings new parts, and the old ones are let go. */
    private final Map<CertificateParts, SslContext> contexts = Collections.synchronizedMap(new WeakHashMap<>());
    private final Supplier<RuntimeState> runtime;

    private TlsFrontends(Supplier<RuntimeState> runtime) {
        this.runtime = runtime;
    }

    /** Listens on every address of every line; the endpoints they got. */
    public static List<Endpoint> listen(CliServer server, List<ServingBind> binds, AddressSyntax syntax,
            int bufferSize, Supplier<RuntimeState> runtime) {
        TlsFrontends frontends = new TlsFrontends(runtime);
        List<Endpoint> endpoints = new ArrayList<>();
        for (ServingBind bind : binds) {
            for (ListenAddress address : ListenAddressParser.parse(bind.address(), syntax)) {
                endpoints.add(server.bind(new StatsSocket(address, AccessLevel.USER), bufferSize,
                        endpoint -> frontends.connection(bind)));
            }
        }
        return endpoints;
    }

    private ChannelHandler connection(ServingBind bind) {
        return new ChannelInitializer<>() {
            @Override
            protected void initChannel(Channel channel) {
                channel.config().setAutoRead(true);
                AsyncMapping<String, SslContext> certificates = (serverName, promise) -> choose(bind, serverName,
                        promise);
                channel.pipeline().addLast(new SniHandler(certificates), new CloseAfterHandshake());
            }
        };
    }

    private Future<SslContext> choose(ServingBind bind, String serverName, Promise<SslContext> promise) {
        RuntimeState state = runtime.get();
        Optional<StoredCertificate> chosen = SniTrees.choose(
                SniTrees.of(bind, state.certificates(), state.crtLists()), serverName, bind.strictSni());
        if (chosen.isEmpty()) {
            return promise.setFailure(new SSLException("strict-sni: no certificate for " + serverName));
        }
        try {
            return promise.setSuccess(context(chosen.get().parts()));
        } catch (SSLException | RuntimeException e) {
            return promise.setFailure(e);
        }
    }

    private SslContext context(CertificateParts parts) throws SSLException {
        SslContext known = contexts.get(parts);
        if (known != null) {
            return known;
        }
        List<X509Certificate> chain = new ArrayList<>();
        chain.add(parts.leaf());
        chain.addAll(parts.chain());
        SslContext context = SslContextBuilder.forServer(parts.key(), chain.toArray(X509Certificate[]::new)).build();
        contexts.put(parts, context);
        return context;
    }

    /** Ends the connection once the handshake is done, or failed. */
    private static final class CloseAfterHandshake extends ChannelInboundHandlerAdapter {

        @Override
        public void userEventTriggered(ChannelHandlerContext ctx, Object event) throws Exception {
            if (event instanceof SslHandshakeCompletionEvent) {
                ctx.close();
                return;
            }
            super.userEventTriggered(ctx, event);
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            ctx.close();
        }
    }
}
