package io.hapsim.simulator.fault;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;

/**
 * The faults armed on a simulator, and where new ones are declared: pick the connections ({@link #onSocket},
 * {@link #onConnection}, {@link #onNextConnection}), then the trigger, then the fault.
 *
 * <pre>{@code
 * haproxy.faults().onCommand("commit map").beforeAnswer().close();     // the commit is made, its answer lost
 * haproxy.faults().afterCommands(3).reset();                           // every connection's third command
 * haproxy.faults().onNextConnection().inPayload(100).close();          // a chunk cut after 100 lines
 * haproxy.faults().onAnyCommand().seed(7).delay(ofMillis(10), ofMillis(200));
 * haproxy.faults().onAnyCommand().seed(42).chaos(Chance.of(0.02, Fault.reset()), Chance.of(0.05, Fault.close()));
 * }</pre>
 *
 * Rules act on connections already open as well as on new ones. Several rules may fire on one event; they act in
 * the order they were declared, until one ends the connection.
 */
public final class Faults {

    private final Registry registry;
    private final String socket;
    private final long connection;

    /** {@code accepting} pauses or resumes accepting on the sockets named (null: every socket). */
    public Faults(BiConsumer<String, Boolean> accepting) {
        this(new Registry(Objects.requireNonNull(accepting)), null, FaultRule.ANY_CONNECTION);
    }

    private Faults(Registry registry, String socket, long connection) {
        this.registry = registry;
        this.socket = socket;
        this.connection = connection;
    }

    /** What every rule shares. */
    private static final class Registry {
        final List<FaultRule> rules = new CopyOnWriteArrayList<>();
        final AtomicInteger ids = new AtomicInteger();
        final BiConsumer<String, Boolean> accepting;

        Registry(BiConsumer<String, Boolean> accepting) {
            this.accepting = accepting;
        }
    }

    /** Only connections of this stats socket ({@code unix:PATH} or {@code HOST:PORT}, its endpoint's address). */
    public Faults onSocket(String address) {
        return new Faults(registry, Objects.requireNonNull(address), connection);
    }

    /** Only this open connection (an id from the journal). */
    public Faults onConnection(long id) {
        if (id <= 0) {
            throw new IllegalArgumentException("connection ids start at 1: " + id);
        }
        return new Faults(registry, socket, id);
    }

    /** Only the next connection accepted (each rule declared from here binds to the first it sees). */
    public Faults onNextConnection() {
        return new Faults(registry, socket, FaultRule.NEXT_CONNECTION);
    }

    /** As a connection is accepted. */
    public FaultSelector onAccept() {
        return selector(new FaultTrigger.Accept(), FaultPhase.ACCEPT);
    }

    /** Commands whose first words are these ({@code "commit map"}); by default the fault acts before the answer. */
    public FaultSelector onCommand(String words) {
        return selector(FaultTrigger.Words.of(words), FaultPhase.BEFORE_ANSWER);
    }

    /** Commands whose line (words joined by single spaces) contains a match of {@code regex}. */
    public FaultSelector onCommandMatching(String regex) {
        return selector(new FaultTrigger.Matching(Pattern.compile(regex)), FaultPhase.BEFORE_ANSWER);
    }

    public FaultSelector onAnyCommand() {
        return selector(new FaultTrigger.AnyCommand(), FaultPhase.BEFORE_ANSWER);
    }

    /** A connection's {@code n}-th command, once it is answered: "close after N commands". */
    public FaultSelector afterCommands(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("commands are counted from 1: " + n);
        }
        return selector(new FaultTrigger.NthCommand(n), FaultPhase.AFTER_ANSWER);
    }

    /** Inside any payload once it holds {@code lines} lines: the command it belongs to never runs. */
    public FaultSelector inPayload(int lines) {
        if (lines < 1) {
            throw new IllegalArgumentException("payload lines are counted from 1: " + lines);
        }
        return selector(new FaultTrigger.PayloadLines(lines), FaultPhase.IN_PAYLOAD);
    }

    /** A version's bug on the connections in scope (from their accept). */
    public FaultRule quirk(VersionQuirk quirk) {
        return onAccept().apply(Fault.quirk(quirk));
    }

    /**
     * Stops accepting connections on the sockets in scope, as HAProxy does when {@code maxconn} is reached: a
     * client's connect still succeeds (the kernel queues it) but nothing answers until {@link #resumeAccepting()}.
     */
    public void pauseAccepting() {
        registry.accepting.accept(socket, false);
    }

    public void resumeAccepting() {
        registry.accepting.accept(socket, true);
    }

    /** The rules armed, in declaration order. */
    public List<FaultRule> rules() {
        return List.copyOf(registry.rules);
    }

    /** Disarms every rule and accepts connections again. */
    public void clear() {
        registry.rules.clear();
        registry.accepting.accept(null, true);
    }

    /** The faults of one connection just accepted. */
    public ConnectionFaults forConnection(String connectionSocket, long connectionId) {
        return new ConnectionFaults(registry.rules, connectionSocket, connectionId);
    }

    private FaultSelector selector(FaultTrigger trigger, FaultPhase phase) {
        return new FaultSelector(this, trigger, phase);
    }

    FaultRule arm(FaultTrigger trigger, FaultPhase phase, List<Chance> chances, long seed, int times) {
        FaultRule rule = new FaultRule(registry.ids.incrementAndGet(), this, socket, connection, trigger, phase,
                chances, seed, times);
        registry.rules.add(rule);
        return rule;
    }

    void remove(FaultRule rule) {
        registry.rules.remove(rule);
    }
}
