package io.hapsim.simulator.junit;

import io.hapsim.simulator.Simulator;
import io.hapsim.simulator.session.NonInteractiveClose;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.AnnotatedElement;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Starts the {@link Simulator} a {@link HapsimTest} asks for, lazily on first injection, and closes it when its
 * test (or class) ends.
 */
public final class HapsimExtension implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(HapsimExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Simulator.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        HapsimTest settings = settings(context);
        ExtensionContext owner = settings.perClass() || context.getTestMethod().isEmpty()
                ? classContext(context) : context;
        return owner.getStore(NAMESPACE)
                .getOrComputeIfAbsent("simulator", key -> new RunningSimulator(start(settings)),
                        RunningSimulator.class)
                .simulator();
    }

    private static HapsimTest settings(ExtensionContext context) {
        Optional<HapsimTest> onMethod = context.getTestMethod().flatMap(m -> find(m));
        return onMethod.or(() -> context.getTestClass().flatMap(c -> find(c)))
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

    private static Simulator start(HapsimTest settings) {
        Simulator.Builder builder = Simulator.builder().version(settings.version())
                .nonInteractiveClose(NonInteractiveClose.parse(settings.nonInteractiveClose()));
        if (!settings.config().isEmpty()) {
            builder.config(configFile(settings.config()));
        }
        return builder.start();
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

    /** Closes the simulator when JUnit discards the store it lives in. */
    private record RunningSimulator(Simulator simulator) implements ExtensionContext.Store.CloseableResource {
        @Override
        public void close() {
            simulator.close();
        }
    }
}
