package io.hapsim.simulator.state;

import io.hapsim.simulator.state.events.EventSinks;
import io.hapsim.simulator.state.pattern.PatternStore;
import io.hapsim.simulator.state.proxy.Proxies;
import io.hapsim.simulator.state.tls.BundleStore;
import io.hapsim.simulator.state.tls.CertificateStore;
import io.hapsim.simulator.state.tls.CrtListStore;
import io.hapsim.simulator.state.tls.OcspStapling;
import io.hapsim.simulator.state.tls.ServingBind;
import io.hapsim.simulator.state.tls.TicketKeys;
import io.hapsim.simulator.state.tls.TlsStores;
import io.hapsim.simulator.version.VersionProfile;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The state of one simulated HAProxy process, shared by all of its connections: what the commands read and change.
 * All access happens on the simulator's single event-loop thread, so none of it needs locking.
 */
public final class RuntimeState {

    private final VersionProfile profile;
    private final ProcessInfo process;
    private final ServerLog log;
    private final int bufferSize;
    private final PatternStore patterns;
    private final Proxies proxies;
    private final ProcessCounters counters = new ProcessCounters();
    private final RateLimits rateLimits = new RateLimits();
    private final CliStreams streams;
    private final EventSinks events;
    private final TlsStores tls;

    /** A process without frontends or backends. */
    public RuntimeState(VersionProfile profile, ProcessInfo process, ServerLog log, int bufferSize,
            PatternStore patterns) {
        this(profile, process, log, bufferSize, patterns, Proxies.none(process.limits().maxconn()));
    }

    public RuntimeState(VersionProfile profile, ProcessInfo process, ServerLog log, int bufferSize,
            PatternStore patterns, Proxies proxies) {
        this(profile, process, log, bufferSize, patterns, proxies, TlsStores.none(profile.tlsCli()));
    }

    public RuntimeState(VersionProfile profile, ProcessInfo process, ServerLog log, int bufferSize,
            PatternStore patterns, Proxies proxies, TlsStores tls) {
        this.tls = Objects.requireNonNull(tls);
        this.profile = Objects.requireNonNull(profile);
        this.process = Objects.requireNonNull(process);
        this.log = Objects.requireNonNull(log);
        this.bufferSize = bufferSize;
        this.patterns = Objects.requireNonNull(patterns);
        this.proxies = Objects.requireNonNull(proxies);
        this.streams = new CliStreams(process.pid(), process.listeners());
        this.events = new EventSinks(profile.eventsCli().dataPlaneApiRing(), process.rings());
        proxies.logTo(log, events, profile.updatesRestateDrain());
        proxies.keepTablesOn(() -> process.internalClockMillis(profile.internalClock(), Instant.now()));
    }

    public VersionProfile profile() {
        return profile;
    }

    public ProcessInfo process() {
        return process;
    }

    public ServerLog log() {
        return log;
    }

    /** tune.bufsize. */
    public int bufferSize() {
        return bufferSize;
    }

    public PatternStore patterns() {
        return patterns;
    }

    /** What show info counts: connections, bytes sent, the start-up time. */
    public ProcessCounters counters() {
        return counters;
    }

    /** The CLI connections served now, as {@code show sess} lists them. */
    public CliStreams streams() {
        return streams;
    }

    /** What {@code set rate-limit} set. */
    public RateLimits rateLimits() {
        return rateLimits;
    }

    /** The frontends, backends, servers and stick tables of the configuration. */
    public Proxies proxies() {
        return proxies;
    }

    /** The TLS ticket keys of the configuration's {@code bind} lines. */
    public TicketKeys ticketKeys() {
        return tls.ticketKeys();
    }

    /** The {@code bind} lines that serve certificates, in the configuration's order. */
    public List<ServingBind> servingBinds() {
        return tls.servingBinds();
    }

    /** The certificates the configuration's {@code bind} and {@code server} lines load, and those added since. */
    public CertificateStore certificates() {
        return tls.certificates();
    }

    /** The OCSP responses the {@code bind} lines staple. */
    public OcspStapling ocspStapling() {
        return tls.ocspStapling();
    }

    /** The CA files the configuration's {@code bind} and {@code server} lines load, and the HTTP client's. */
    public BundleStore<X509Certificate> caFiles() {
        return tls.caFiles();
    }

    /** The certificate lists of the configuration's {@code bind} lines: {@code crt-list} files, {@code crt} folders. */
    public CrtListStore crtLists() {
        return tls.crtLists();
    }

    /** The CRL files the configuration's {@code bind} lines load. */
    public BundleStore<X509CRL> crlFiles() {
        return tls.crlFiles();
    }

    /** Where events go: standard output and error, the built-in rings and the configuration's. */
    public EventSinks events() {
        return events;
    }
}
