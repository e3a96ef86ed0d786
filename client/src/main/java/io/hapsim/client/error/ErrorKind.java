package io.hapsim.client.error;

/**
 * Every error answer of the map/ACL commands (and the session-level errors that can hit them), HAProxy 2.4 to 3.2,
 * those of a master socket's routing and reload, those of {@code show events}, and those of certificate
 * transactions. {@link ErrorClassifier} maps an answer to one of these.
 */
public enum ErrorKind {
    /** {@code Unknown map identifier. Please use #<id> or <file>.} (also what {@code del acl} says). */
    UNKNOWN_MAP,
    /** {@code Unknown ACL identifier. Please use #<id> or <file>.} */
    UNKNOWN_ACL,
    /** {@code Missing map identifier.} / {@code Missing ACL identifier.} */
    MISSING_IDENTIFIER,
    /** {@code Missing map identifier and/or key.} / {@code Missing ACL identifier and/or key.} ({@code get}) */
    MISSING_IDENTIFIER_OR_KEY,
    /** {@code Missing version number.} ({@code commit} without {@code @ver}) */
    MISSING_VERSION,
    /** {@code Version number out of range.} ({@code commit}) */
    VERSION_OUT_OF_RANGE,
    /** {@code Version number in the future, please use 'prepare map' before.} ({@code add @ver}) */
    VERSION_IN_FUTURE,
    /** {@code 'add map' expects three parameters ...} / {@code 'add acl' expects two parameters ...} */
    ADD_USAGE,
    /** {@code 'set map' expects three parameters ...} */
    SET_USAGE,
    /** {@code This command expects two parameters: map identifier and key.} ({@code del}) */
    DEL_USAGE,
    /** {@code This ACL is shared with a map containing samples. You must use the command 'add map' ...} */
    ACL_SHARED_WITH_MAP,
    /** {@code Missing value for key '<key>'.} (payload line without a value) */
    MISSING_VALUE,
    /** {@code '<key>' is not a valid IPv4 or IPv6 address.} */
    INVALID_IP,
    /** {@code '<key>' is not a number.} */
    NOT_A_NUMBER,
    /** {@code regex '<key>' is invalid.} (the rest of the text depends on the regex library) */
    INVALID_REGEX,
    /** {@code unable to parse '<value>'.} (value of a typed map, {@code map_*_int}, {@code map_*_ip}) */
    UNPARSABLE_VALUE,
    /** Another key-parser diagnostic (the text ends with a period). */
    INVALID_KEY,
    /** {@code Failed to add a key.} / {@code Failed to update an entry.} */
    UPDATE_FAILED,
    /** {@code Malformed identifier. Please use #<id> or <file>.} ({@code #0x...} that is not hex) */
    MALFORMED_IDENTIFIER,
    /** {@code key or pattern not found.} ({@code set map #0x...} not an entry of this map) */
    POINTER_NOT_FOUND,
    /** {@code entry not found.} ({@code set map} by key) */
    ENTRY_NOT_FOUND,
    /** {@code Key not found.} ({@code del}) */
    KEY_NOT_FOUND,
    /** {@code Permission denied} (a worker), {@code Permission denied!} (the master) */
    PERMISSION_DENIED,
    /** {@code The command (line) is too big for the buffer size...}, or a silent close on 2.x. */
    COMMAND_TOO_BIG,
    /** {@code Too many arguments. Commands must have at most 64 arguments.} (3.2) */
    TOO_MANY_ARGUMENTS,
    /** {@code Unknown command...} followed by the command list. */
    UNKNOWN_COMMAND,
    /** {@code Out of memory error.}, {@code Out of memory.}, {@code Internal error.} and similar. */
    SERVER_ERROR,
    /** The master knows no process by the {@code @} prefix given ({@code Can't find the target ...}). */
    UNKNOWN_TARGET,
    /** The master could not reach the process it routes to ({@code Can't connect to the target CLI!}). */
    TARGET_UNREACHABLE,
    /** The master refused a reload because the previous one has not finished ({@code Another reload is ...}). */
    RELOAD_IN_PROGRESS,
    /** {@code No such event sink}: {@code show events} of a name that is no sink. */
    UNKNOWN_SINK,
    /** {@code Nothing to report for this sink}: a sink that keeps nothing ({@code stdout}, {@code stderr}). */
    NOT_A_RING,
    /** {@code unknown option}: an option of {@code show events} the version does not have ({@code -0} before 3.2). */
    UNKNOWN_OPTION,
    /**
     * A certificate HAProxy does not have: {@code Can't replace a certificate which is not referenced by the
     * configuration!} ({@code set ssl cert}), {@code Can't display the certificate: Not found ...} ({@code show}).
     */
    UNKNOWN_CERTIFICATE,
    /** {@code The ongoing transaction is about '<file>' but ...}: the one certificate transaction is another file's. */
    OTHER_TRANSACTION,
    /** {@code No ongoing transaction!}: a commit or abort without a {@code set ssl cert} before. */
    NO_TRANSACTION,
    /** {@code unable to load certificate ...}, {@code unable to load private key ...}: a PEM OpenSSL cannot read. */
    UNREADABLE_CERTIFICATE,
    /** {@code inconsistencies between private key and certificate ...}, or a certificate committed without a key. */
    KEY_MISMATCH,
    /** An answer this client does not know (the raw text is in the exception). */
    UNRECOGNIZED;

    /** Whether this error is about the entry sent (key or value), rather than the command or the map. */
    public boolean isEntryError() {
        return switch (this) {
            case MISSING_VALUE, INVALID_IP, NOT_A_NUMBER, INVALID_REGEX, UNPARSABLE_VALUE, INVALID_KEY -> true;
            default -> false;
        };
    }
}
