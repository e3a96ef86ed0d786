package io.hapsim.simulator.state;

/**
 * The label HAProxy writes before what it logs while a context is set: {@code add server} sets "CLI" and only an
 * answer it prints through its message buffer clears it (2.6 never clears it), so a refusal leaves later messages
 * labelled. HAProxy keeps it per thread; hapsim keeps one per connection, as if each ran on a thread of its own.
 */
public final class MessageContext {

    private String label;

    /** The label, or null when no context is set. */
    public String label() {
        return label;
    }

    public void set(String label) {
        this.label = label;
    }

    public void clear() {
        this.label = null;
    }
}
