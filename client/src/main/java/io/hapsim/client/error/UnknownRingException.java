package io.hapsim.client.error;

/**
 * {@code show events} of a name that is no event ring: no sink by that name ({@code No such event sink}), or one that
 * keeps nothing to show ({@code stdout}, {@code stderr}: {@code Nothing to report for this sink}). The rings are
 * {@code buf0}, {@code dpapi} from 3.2, and the configuration's {@code ring} sections.
 */
public class UnknownRingException extends CommandFailedException {
    private static final long serialVersionUID = 1L;

    public UnknownRingException(ErrorKind kind, String command, String answer) {
        super(kind, command, answer);
    }
}
