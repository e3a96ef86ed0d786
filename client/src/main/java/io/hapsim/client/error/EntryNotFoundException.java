package io.hapsim.client.error;

/** set/del found no such key or entry. */
public class EntryNotFoundException extends CommandFailedException {
    private static final long serialVersionUID = 1L;

    public EntryNotFoundException(ErrorKind kind, String command, String answer) {
        super(kind, command, answer);
    }
}
