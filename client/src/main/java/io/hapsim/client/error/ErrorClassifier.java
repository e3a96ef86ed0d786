package io.hapsim.client.error;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Recognises HAProxy's error answers (2.4 to 3.4, with or without a {@code severity-output} prefix) and turns them
 * into typed exceptions. The only place in the client that looks at message texts.
 */
public final class ErrorClassifier {

    private static final Pattern SEVERITY_PREFIX = Pattern.compile("^\\[(?:[0-7]|emerg|alert|crit|err|warning|notice|info|debug)\\]: ");
    private static final Pattern INVALID_IP = Pattern.compile("^'.*' is not a valid IPv4 or IPv6 address\\.$", Pattern.DOTALL);
    private static final Pattern NOT_A_NUMBER = Pattern.compile("^'.*' is not a number\\.$", Pattern.DOTALL);
    private static final Pattern INVALID_REGEX = Pattern.compile("^regex '.*", Pattern.DOTALL);
    private static final Pattern UNPARSABLE = Pattern.compile("^unable to parse '.*'\\.$", Pattern.DOTALL);
    private static final Pattern MISSING_VALUE = Pattern.compile("^Missing value for key '.*'\\.$", Pattern.DOTALL);

    private ErrorClassifier() {
    }

    /** The answer without a leading severity prefix ({@code [3]: }, {@code [err]: }). */
    public static String stripSeverity(String answer) {
        return SEVERITY_PREFIX.matcher(answer).replaceFirst("");
    }

    /**
     * The error an answer reports, for a command whose success answer is known not to look like this (map/ACL
     * commands print nothing on success, {@code prepare} prints {@code New version created}).
     * Empty for an empty answer.
     */
    public static Optional<ErrorKind> classify(String answer) {
        String text = stripSeverity(answer).strip();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(kindOf(text));
    }

    private static ErrorKind kindOf(String text) {
        if (text.startsWith("Unknown map identifier.")) {
            return ErrorKind.UNKNOWN_MAP;
        }
        if (text.startsWith("Unknown ACL identifier.")) {
            return ErrorKind.UNKNOWN_ACL;
        }
        if (text.startsWith("Unknown command")) {
            return ErrorKind.UNKNOWN_COMMAND;
        }
        Optional<ErrorKind> masterError = masterErrorOf(text);
        if (masterError.isPresent()) {
            return masterError.get();
        }
        Optional<ErrorKind> certificateError = certificateErrorOf(text);
        if (certificateError.isPresent()) {
            return certificateError.get();
        }
        switch (text) {
            case "Missing map identifier.", "Missing ACL identifier." -> {
                return ErrorKind.MISSING_IDENTIFIER;
            }
            case "Missing map identifier and/or key.", "Missing ACL identifier and/or key." -> {
                return ErrorKind.MISSING_IDENTIFIER_OR_KEY;
            }
            case "Missing version number." -> {
                return ErrorKind.MISSING_VERSION;
            }
            case "Version number out of range." -> {
                return ErrorKind.VERSION_OUT_OF_RANGE;
            }
            case "Version number in the future, please use 'prepare map' before.",
                    "Version number in the future, please use 'prepare acl' before." -> {
                return ErrorKind.VERSION_IN_FUTURE;
            }
            case "'add map' expects three parameters (map identifier, key and value) or one parameter (map identifier) and a payload",
                    "'add acl' expects two parameters: ACL identifier and pattern." -> {
                return ErrorKind.ADD_USAGE;
            }
            case "'set map' expects three parameters: map identifier, key and value." -> {
                return ErrorKind.SET_USAGE;
            }
            case "This command expects two parameters: map identifier and key.",
                    "This command expects two parameters: ACL identifier and key." -> {
                return ErrorKind.DEL_USAGE;
            }
            case "This ACL is shared with a map containing samples. You must use the command 'add map' to add values." -> {
                return ErrorKind.ACL_SHARED_WITH_MAP;
            }
            case "Failed to add a key.", "Failed to update an entry." -> {
                return ErrorKind.UPDATE_FAILED;
            }
            case "Malformed identifier. Please use #<id> or <file>." -> {
                return ErrorKind.MALFORMED_IDENTIFIER;
            }
            case "key or pattern not found." -> {
                return ErrorKind.POINTER_NOT_FOUND;
            }
            case "entry not found." -> {
                return ErrorKind.ENTRY_NOT_FOUND;
            }
            case "Key not found." -> {
                return ErrorKind.KEY_NOT_FOUND;
            }
            case "Permission denied", "Permission denied!" -> {
                return ErrorKind.PERMISSION_DENIED;
            }
            case "No such event sink" -> {
                return ErrorKind.UNKNOWN_SINK;
            }
            case "Nothing to report for this sink" -> {
                return ErrorKind.NOT_A_RING;
            }
            case "unknown option" -> {
                return ErrorKind.UNKNOWN_OPTION;
            }
            case "Too many arguments. Commands must have at most 64 arguments." -> {
                return ErrorKind.TOO_MANY_ARGUMENTS;
            }
            case "Out of memory error.", "Out of memory.", "Internal error.",
                    "Failed to alloc a buffer to process the command line." -> {
                return ErrorKind.SERVER_ERROR;
            }
            default -> {
                // fall through to the patterns below
            }
        }
        if (isTooBig(text)) {
            return ErrorKind.COMMAND_TOO_BIG;
        }
        if (MISSING_VALUE.matcher(text).matches()) {
            return ErrorKind.MISSING_VALUE;
        }
        if (INVALID_IP.matcher(text).matches()) {
            return ErrorKind.INVALID_IP;
        }
        if (NOT_A_NUMBER.matcher(text).matches()) {
            return ErrorKind.NOT_A_NUMBER;
        }
        if (UNPARSABLE.matcher(text).matches()) {
            return ErrorKind.UNPARSABLE_VALUE;
        }
        if (INVALID_REGEX.matcher(text).matches()) {
            return ErrorKind.INVALID_REGEX;
        }
        if (text.indexOf('\n') < 0 && text.endsWith(".") && text.contains("'")) {
            return ErrorKind.INVALID_KEY;
        }
        return ErrorKind.UNRECOGNIZED;
    }

    /**
     * The error a master socket answered instead of routing a command ({@code @1}, {@code @!<pid>}, {@code @master}):
     * unknown target, unreachable target, reload still in progress. Looks at the start of the answer only, so it is
     * cheap on answers of any size; empty for anything else, including the process's own errors.
     */
    public static Optional<ErrorKind> masterError(String answer) {
        return masterErrorOf(stripSeverity(answer).stripLeading());
    }

    private static Optional<ErrorKind> masterErrorOf(String text) {
        if (text.startsWith("Can't find the target")) {
            return Optional.of(ErrorKind.UNKNOWN_TARGET);
        }
        if (text.startsWith("Can't connect to the target CLI!")) {
            return Optional.of(ErrorKind.TARGET_UNREACHABLE);
        }
        // 3.1+ refuse a reload while a new worker still loads, in the form of a failed reload's answer
        if (text.startsWith("Another reload is still in progress.")
                || text.startsWith("Success=0\n--\nAnother reload is still in progress.")) {
            return Optional.of(ErrorKind.RELOAD_IN_PROGRESS);
        }
        return Optional.empty();
    }

    /** The errors of the certificate commands, which may go on with more lines ({@code Can't update <file>!}). */
    private static Optional<ErrorKind> certificateErrorOf(String text) {
        if (text.startsWith("Can't replace a certificate which is not referenced by the configuration!")
                || text.startsWith("Can't display the certificate: Not found")) {
            return Optional.of(ErrorKind.UNKNOWN_CERTIFICATE);
        }
        if (text.startsWith("The ongoing transaction is about '")) {
            return Optional.of(ErrorKind.OTHER_TRANSACTION);
        }
        if (text.startsWith("No ongoing transaction!")) {
            return Optional.of(ErrorKind.NO_TRANSACTION);
        }
        if (text.startsWith("unable to load certificate") || text.startsWith("unable to load private key")) {
            return Optional.of(ErrorKind.UNREADABLE_CERTIFICATE);
        }
        if (text.startsWith("inconsistencies between private key and certificate")
                || text.startsWith("The transaction must contain at least a certificate and a private key!")) {
            return Optional.of(ErrorKind.KEY_MISMATCH);
        }
        return Optional.empty();
    }

    /** Whether an answer is HAProxy's "command (line) is too big for the buffer size" message (2.8.10+, 3.x). */
    public static boolean isTooBig(String answer) {
        String text = stripSeverity(answer).strip();
        return text.startsWith("The command is too big for the buffer size")
                || text.startsWith("The command line is too big for the buffer size");
    }

    /** The typed exception for an error answer of {@code command}. */
    public static CommandFailedException exception(ErrorKind kind, String command, String answer) {
        return switch (kind) {
            case UNKNOWN_MAP, UNKNOWN_ACL -> new UnknownMapException(kind, command, answer);
            case VERSION_OUT_OF_RANGE -> new VersionOutOfRangeException(kind, command, answer);
            case VERSION_IN_FUTURE -> new VersionInFutureException(kind, command, answer);
            case MISSING_VALUE, INVALID_IP, NOT_A_NUMBER, INVALID_REGEX, UNPARSABLE_VALUE, INVALID_KEY ->
                    new InvalidEntryException(kind, command, answer);
            case POINTER_NOT_FOUND, ENTRY_NOT_FOUND, KEY_NOT_FOUND -> new EntryNotFoundException(kind, command, answer);
            case PERMISSION_DENIED -> new PermissionDeniedException(kind, command, answer);
            case COMMAND_TOO_BIG -> new CommandTooBigException(kind, command, answer);
            case MISSING_IDENTIFIER, MISSING_IDENTIFIER_OR_KEY, MISSING_VERSION, ADD_USAGE, SET_USAGE, DEL_USAGE,
                    ACL_SHARED_WITH_MAP, MALFORMED_IDENTIFIER, TOO_MANY_ARGUMENTS, UNKNOWN_COMMAND, UNKNOWN_OPTION ->
                    new UsageException(kind, command, answer);
            case UPDATE_FAILED, SERVER_ERROR -> new ServerErrorException(kind, command, answer);
            case UNKNOWN_TARGET -> new UnknownTargetException(kind, command, answer);
            case UNKNOWN_SINK, NOT_A_RING -> new UnknownRingException(kind, command, answer);
            case UNKNOWN_CERTIFICATE -> new UnknownCertificateException(kind, command, answer);
            case UNREADABLE_CERTIFICATE, KEY_MISMATCH -> new CertificateRejectedException(kind, command, answer);
            case OTHER_TRANSACTION, NO_TRANSACTION -> new UsageException(kind, command, answer);
            case TARGET_UNREACHABLE -> new TargetUnreachableException(kind, command, answer);
            case RELOAD_IN_PROGRESS -> new ReloadInProgressException(kind, command, answer);
            case UNRECOGNIZED -> new CommandFailedException(kind, command, answer);
        };
    }

    /** Throws the typed exception if {@code answer} (to a command that prints nothing on success) is an error. */
    public static void requireEmpty(String command, String answer) {
        Optional<ErrorKind> kind = classify(answer);
        if (kind.isPresent()) {
            throw exception(kind.get(), command, answer);
        }
    }
}
