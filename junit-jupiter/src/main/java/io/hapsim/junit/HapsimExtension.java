package io.hapsim.junit;

import io.hapsim.simulator.Simulator;
import io.hapsim.simulator.master.MasterWorker;
import io.hapsim.simulator.fault.Faults;
import io.hapsim.simulator.journal.Journal;
import io.hapsim.simulator.session.AccessLevel;
import io.hapsim.simulator.session.NonInteractiveClose;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.AnnotatedElement;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Runs a simulated HAProxy for JUnit 5 tests and injects it as a {@link Simulator} parameter (or its {@link Faults}
 * and {@link Journal}, the same simulator's). Two ways to use it:
 *
 * <pre>{@code
 * @HapsimTest(version = "3.0")                 // a fresh simulator per test, started when first injected
 * class MyClientTest {
 *     @Test
 *     void loadsMap(Simulator haproxy) { ... }
 * }
 *
 * class MyOtherTest {
 *     @RegisterExtension                        // static: one for the class; an instance field: one per test
 *     static final HapsimExtension HAPROXY = HapsimExtension.using(Simulator.builder().version("3.2"));
 *
 *     @Test
 *     void reloads() { ... HAPROXY.simulator().unixSocket() ... }
 * }
 * }</pre>
 *
 * Every simulator listens on its own temporary UNIX socket (and TCP sockets on port 0, when asked), so tests may
 * run in parallel; each is closed when its test, or its class, ends.
 */
public final class HapsimExtension implements BeforeAllCallback, BeforeEachCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(HapsimExtension.class);
    private static final String KEY = "simulator";

    /** The settings of a registered extension; null when {@link HapsimTest} configures it. */
    private final Simulator.Builder settings;
    /** The simulator of a registered extension, for {@link #simulator()}. */
    private volatile Simulator current;

    /** The extension behind {@link HapsimTest}: its settings come from the annotation. */
    public HapsimExtension() {
        this.settings = null;
    }

    private HapsimExtension(Simulator.Builder settings) {
        this.settings = Objects.requireNonNull(settings);
    }

    /** An extension to register with {@code @RegisterExtension}, starting simulators from these settings. */
    public static HapsimExtension using(Simulator.Builder settings) {
        return new HapsimExtension(settings);
    }

    /** The running simulator of a registered extension (its class's, or its test's). */
    public Simulator simulator() {
        Simulator running = current;
        if (running == null) {
            throw new IllegalStateException(settings == null
                    ? "simulator() is for a registered HapsimExtension; with @HapsimTest, take a Simulator parameter"
                    : "no simulator is running: simulator() works inside a test of the class that registers it");
        }
        return running;
    }

    /** Registered in a static field: one simulator for the class (and its nested classes). */
    @Override
    public void beforeAll(ExtensionContext context) {
        startUnlessRunning(context);
    }

    /** Registered in an instance field, JUnit calls no beforeAll: one simulator per test. */
    @Override
    public void beforeEach(ExtensionContext context) {
        startUnlessRunning(context);
    }

    /** Starts this extension's simulator in {@code context} unless it or an enclosing context has one. */
    private void startUnlessRunning(ExtensionContext context) {
        ExtensionContext.Store store = context.getStore(NAMESPACE);
        if (settings != null && store.get(this, Running.class) == null) {
            Running running = new Running(settings.start(), null);
            store.put(this, running);
            current = running.simulator();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == Simulator.class || type == Faults.class || type == Journal.class || type == MasterWorker.class;
    }

    /**
     * The simulator, or its faults or journal (the same simulator's, whichever parameters a test takes); in
     * master-worker mode, the {@link MasterWorker}, its simulator being its current worker.
     */
    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        if (type == MasterWorker.class) {
            return masterWorkerFor(context);
        }
        Simulator simulator = settings != null ? simulator() : runningFor(context).simulator();
        return type == Faults.class ? simulator.faults() : type == Journal.class ? simulator.journal() : simulator;
    }

    private MasterWorker masterWorkerFor(ExtensionContext context) {
        if (settings != null) {
            throw new ParameterResolutionException("a registered HapsimExtension runs a lone simulator; for a"
                    + " MasterWorker parameter, use @HapsimTest(masterWorker = true)");
        }
        MasterWorker masterWorker = runningFor(context).masterWorker();
        if (masterWorker == null) {
            throw new ParameterResolutionException("a MasterWorker parameter needs @HapsimTest(masterWorker = true)");
        }
        return masterWorker;
    }

    private Running runningFor(ExtensionContext context) {
        HapsimTest annotation = annotation(context);
        ExtensionContext owner = annotation.perClass() || context.getTestMethod().isEmpty()
                ? classContext(context) : context;
        return owner.getStore(NAMESPACE).getOrComputeIfAbsent(KEY, key -> Running.start(annotation), Running.class);
    }

    private static HapsimTest annotation(ExtensionContext context) {
        Optional<HapsimTest> onMethod = context.getTestMethod().flatMap(HapsimExtension::find);
        return onMethod.or(() -> context.getTestClass().flatMap(HapsimExtension::find))
                .orElseThrow(() -> new ParameterResolutionException("no @HapsimTest on the test or its class"));
    }

    private static Optional<HapsimTest> find(AnnotatedElement element) {
        return AnnotationSupport.findAnnotation(element, HapsimTest.class);
    }

    private static ExtensionContext classContext(ExtensionContext context) {
        ExtensionContext current = context;
        while (current.getTestMethod().isPresent() && current.getParent().isPresent()) {
            current = current.getParent().get();
        }
        return current;
    }

    /** The annotation's settings of a simulator, or of a master's workers (whose configuration the master reads). */
    private static Simulator.Builder configure(Simulator.Builder builder, HapsimTest annotation) {
        builder.nonInteractiveClose(NonInteractiveClose.parse(annotation.nonInteractiveClose()));
        if (!annotation.config().isEmpty() && !annotation.masterWorker()) {
            builder.config(configFile(annotation.config()));
        }
        if (annotation.tcp()) {
            if (annotation.config().isEmpty()) {
                builder.socket(temporaryFolder().resolve("admin.sock"), AccessLevel.ADMIN); // kept beside TCP
            }
            builder.tcp("127.0.0.1", 0, AccessLevel.ADMIN);
        }
        return builder;
    }

    private static Path temporaryFolder() {
        try {
            return Files.createTempDirectory("hapsim-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A classpath resource is copied to a file so that map paths in it resolve like in a real config. */
    private static Path configFile(String name) {
        Path file = Path.of(name);
        if (Files.exists(file)) {
            return file;
        }
        try (InputStream in = Thread.currentThread().getContextClassLoader()
                .getResourceAsStream(name.startsWith("/") ? name.substring(1) : name)) {
            if (in == null) {
                throw new ParameterResolutionException("@HapsimTest config '" + name + "' is neither a file nor a"
                        + " classpath resource");
            }
            Path copy = Files.createTempFile("hapsim-", ".cfg");
            Files.writeString(copy, new String(in.readAllBytes(), StandardCharsets.ISO_8859_1),
                    StandardCharsets.ISO_8859_1);
            return copy;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * What an annotated test runs: a simulator, or a master-worker (then null as a simulator: its current worker
     * changes at each reload). Closed when JUnit discards the store it lives in (its test's or its class's): JUnit
     * 5.13+ close it as an AutoCloseable, earlier ones as a CloseableResource.
     */
    private record Running(Simulator lone, MasterWorker masterWorker)
            implements ExtensionContext.Store.CloseableResource, AutoCloseable {

        static Running start(HapsimTest annotation) {
            if (!annotation.masterWorker()) {
                return new Running(configure(Simulator.builder().version(annotation.version()), annotation).start(),
                        null);
            }
            Path folder = temporaryFolder();
            MasterWorker.Builder builder = MasterWorker.builder().version(annotation.version())
                    .masterSocket(folder.resolve("master.sock"));
            if (annotation.config().isEmpty() && !annotation.tcp()) {
                // each worker serves the same bare admin socket, as the workers of a configuration's do (with tcp,
                // configure gives it one)
                builder.worker(worker -> configure(worker, annotation).socket(folder.resolve("admin.sock"),
                        AccessLevel.ADMIN));
            } else {
                builder.config(configFile(annotation.config())).worker(worker -> configure(worker, annotation));
            }
            return new Running(null, builder.start());
        }

        Simulator simulator() {
            return masterWorker != null ? masterWorker.worker() : lone;
        }

        @Override
        public void close() {
            if (masterWorker != null) {
                masterWorker.close();
            } else {
                lone.close();
            }
        }
    }
}
