package io.hapsim.junit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs a simulated HAProxy for a JUnit 5 test and injects it as a {@link io.hapsim.simulator.Simulator} parameter
 * (of the test method, or of {@code @BeforeEach}/{@code @BeforeAll} methods).
 *
 * <pre>{@code
 * @HapsimTest(version = "3.0")
 * class MyClientTest {
 *     @Test
 *     void loadsMap(Simulator haproxy) { ... haproxy.unixSocket() ... }
 * }
 * }</pre>
 *
 * On a class, each test gets a fresh simulator ({@link #perClass()} shares one for the whole class); on a method,
 * the method's settings win. For settings beyond these, register {@link HapsimExtension#using} instead.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@ExtendWith(HapsimExtension.class)
public @interface HapsimTest {

    /** The version profile (2.4, 2.6, 2.8.0, 2.8, 3.0, 3.1, 3.2, 3.3, 3.4). */
    String version() default "3.0";

    /** A haproxy.cfg: a classpath resource name or a file path; empty for a bare admin UNIX socket. */
    String config() default "";

    /** Also listen on a TCP admin socket on 127.0.0.1, on a free port ({@code Simulator.tcpAddress()}). */
    boolean tcp() default false;

    /**
     * How 2.4 to 2.8 end a non-interactive connection between commands: {@code real} (a race on how the client's
     * bytes arrive, as on real HAProxy), {@code never}, or {@code after=N}; see
     * {@link io.hapsim.simulator.session.NonInteractiveClose}. It applies to every connection: with {@code never}
     * or {@code after=N}, a client that waits for the server to close without half-closing waits for the stats
     * timeout. To pin only the connection that streams, call
     * {@code Simulator.nonInteractiveCloseOfNextConnection} before opening it.
     */
    String nonInteractiveClose() default "real";

    /** One simulator for all tests of the class instead of one per test. */
    boolean perClass() default false;

    /**
     * A master-worker HAProxy ({@code haproxy -W -S}) instead of a lone process: a {@code MasterWorker} parameter is
     * injected (its {@code masterSocket()}), and a {@code Simulator} parameter is its current worker.
     */
    boolean masterWorker() default false;
}
