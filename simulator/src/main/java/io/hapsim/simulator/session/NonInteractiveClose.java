package io.hapsim.simulator.session;

import java.util.Objects;

/**
 * When a non-interactive connection of HAProxy 2.4 to 2.8 ends between two commands. Real 2.x ends it as soon as a
 * command finishes while its input buffer is empty, so whether a client that pipelines commands loses the rest
 * depends on how its bytes arrive: {@link #asReal()} imitates that race, the others make the outcome certain for
 * tests. Versions from 3.0 on end after the first line whatever this says: their close is not a race.
 *
 * <p>Text form (the {@code serve --nonint-close} option and {@code @HapsimTest(nonInteractiveClose = ...)}):
 * {@code real}, {@code never}, {@code after=N}.
 */
public final class NonInteractiveClose {

    private static final NonInteractiveClose REAL = new NonInteractiveClose(0);
    private static final NonInteractiveClose NEVER = new NonInteractiveClose(Integer.MAX_VALUE);

    /** 0 for as real; otherwise the command after which the connection ends, whatever is buffered. */
    private final int afterCommand;

    private NonInteractiveClose(int afterCommand) {
        this.afterCommand = afterCommand;
    }

    /** The default: the connection ends when a command finishes and the client's next bytes have not arrived. */
    public static NonInteractiveClose asReal() {
        return REAL;
    }

    /** Every command the client sends runs, as if its next line were always already buffered. */
    public static NonInteractiveClose never() {
        return NEVER;
    }

    /** The connection ends right after its {@code n}-th command (counting from 1), and not before. */
    public static NonInteractiveClose afterCommand(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("the command to end after counts from 1, not " + n);
        }
        return new NonInteractiveClose(n);
    }

    /** Reads {@code real}, {@code never} or {@code after=N}. */
    public static NonInteractiveClose parse(String text) {
        String value = text.strip();
        if (value.equals("real")) {
            return REAL;
        }
        if (value.equals("never")) {
            return NEVER;
        }
        if (value.startsWith("after=")) {
            try {
                return afterCommand(Integer.parseInt(value.substring("after=".length())));
            } catch (IllegalArgumentException e) {
                // not a number, or below 1: reported below with the accepted forms
            }
        }
        throw new IllegalArgumentException("non-interactive close: expected real, never or after=N (N >= 1), not '"
                + text + "'");
    }

    /** True for {@link #asReal()}: the end depends on what the input buffer holds. */
    public boolean followsInput() {
        return afterCommand == 0;
    }

    /** Whether the connection ends once {@code commandsRun} commands have run (never for {@link #asReal()}). */
    public boolean endsAfter(int commandsRun) {
        return afterCommand != 0 && commandsRun >= afterCommand;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof NonInteractiveClose close && close.afterCommand == afterCommand;
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(afterCommand);
    }

    /** The text form, which {@link #parse} reads back. */
    @Override
    public String toString() {
        if (afterCommand == 0) {
            return "real";
        }
        return afterCommand == Integer.MAX_VALUE ? "never" : "after=" + afterCommand;
    }
}
