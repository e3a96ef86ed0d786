package io.hapsim.client.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Every error answer of the map/ACL commands (shared/spec/messages.md §2) maps to a kind and a typed exception. */
class ErrorClassifierTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
        Unknown map identifier. Please use #<id> or <file>.                              | UNKNOWN_MAP | UnknownMapException
        Unknown ACL identifier. Please use #<id> or <file>.                              | UNKNOWN_ACL | UnknownMapException
        Missing map identifier and/or key.                                               | MISSING_IDENTIFIER_OR_KEY | UsageException
        Missing ACL identifier and/or key.                                               | MISSING_IDENTIFIER_OR_KEY | UsageException
        Missing map identifier.                                                          | MISSING_IDENTIFIER | UsageException
        Missing ACL identifier.                                                          | MISSING_IDENTIFIER | UsageException
        Missing version number.                                                          | MISSING_VERSION | UsageException
        Version number out of range.                                                     | VERSION_OUT_OF_RANGE | VersionOutOfRangeException
        Version number in the future, please use 'prepare map' before.                   | VERSION_IN_FUTURE | VersionInFutureException
        Version number in the future, please use 'prepare acl' before.                   | VERSION_IN_FUTURE | VersionInFutureException
        'add map' expects three parameters (map identifier, key and value) or one parameter (map identifier) and a payload | ADD_USAGE | UsageException
        'add acl' expects two parameters: ACL identifier and pattern.                    | ADD_USAGE | UsageException
        This ACL is shared with a map containing samples. You must use the command 'add map' to add values. | ACL_SHARED_WITH_MAP | UsageException
        Missing value for key 'lonely'.                                                  | MISSING_VALUE | InvalidEntryException
        Failed to add a key.                                                             | UPDATE_FAILED | ServerErrorException
        'set map' expects three parameters: map identifier, key and value.               | SET_USAGE | UsageException
        Malformed identifier. Please use #<id> or <file>.                                | MALFORMED_IDENTIFIER | UsageException
        key or pattern not found.                                                        | POINTER_NOT_FOUND | EntryNotFoundException
        entry not found.                                                                 | ENTRY_NOT_FOUND | EntryNotFoundException
        Failed to update an entry.                                                       | UPDATE_FAILED | ServerErrorException
        This command expects two parameters: map identifier and key.                     | DEL_USAGE | UsageException
        This command expects two parameters: ACL identifier and key.                     | DEL_USAGE | UsageException
        Key not found.                                                                   | KEY_NOT_FOUND | EntryNotFoundException
        Out of memory error.                                                             | SERVER_ERROR | ServerErrorException
        '1.2.3.x' is not a valid IPv4 or IPv6 address.                                   | INVALID_IP | InvalidEntryException
        'abc' is not a number.                                                           | NOT_A_NUMBER | InvalidEntryException
        regex '([' is invalid.                                                           | INVALID_REGEX | InvalidEntryException
        unable to parse 'x1'.                                                            | UNPARSABLE_VALUE | InvalidEntryException
        Permission denied                                                                | PERMISSION_DENIED | PermissionDeniedException
        The command is too big for the buffer size. Please change tune.bufsize in the configuration to use a bigger command. | COMMAND_TOO_BIG | CommandTooBigException
        The command line is too big for the buffer size. Please change tune.bufsize in the configuration to use a bigger command. | COMMAND_TOO_BIG | CommandTooBigException
        Too many arguments. Commands must have at most 64 arguments.                     | TOO_MANY_ARGUMENTS | UsageException
        Unknown command: 'shw', but maybe one of the following ones is a better match:  | UNKNOWN_COMMAND | UsageException
        Internal error.                                                                  | SERVER_ERROR | ServerErrorException
        Permission denied!                                                               | PERMISSION_DENIED | PermissionDeniedException
        Can't find the target PID matching the prefix '@!99999'                          | UNKNOWN_TARGET | UnknownTargetException
        Can't find the target CLI!                                                       | UNKNOWN_TARGET | UnknownTargetException
        Can't connect to the target CLI!                                                 | TARGET_UNREACHABLE | TargetUnreachableException
        Another reload is still in progress.                                             | RELOAD_IN_PROGRESS | ReloadInProgressException
        No such event sink                                                               | UNKNOWN_SINK | UnknownRingException
        Can't replace a certificate which is not referenced by the configuration!        | UNKNOWN_CERTIFICATE | UnknownCertificateException
        Can't display the certificate: Not found or the certificate is a bundle!         | UNKNOWN_CERTIFICATE | UnknownCertificateException
        The ongoing transaction is about '/etc/a.pem' but you are trying to set '/etc/b.pem' | OTHER_TRANSACTION | UsageException
        No ongoing transaction! !                                                        | NO_TRANSACTION | UsageException
        unable to load certificate from file '/etc/a.pem': no start line.                | UNREADABLE_CERTIFICATE | CertificateRejectedException
        unable to load private key from file '/etc/a.pem'.                               | UNREADABLE_CERTIFICATE | CertificateRejectedException
        inconsistencies between private key and certificate loaded '/etc/a.pem'.         | KEY_MISMATCH | CertificateRejectedException
        The transaction must contain at least a certificate and a private key!           | KEY_MISMATCH | CertificateRejectedException
        """)
    void everyMessageHasAKindAndAType(String message, ErrorKind kind, String type) {
        assertThat(ErrorClassifier.classify(message + "\n")).contains(kind);
        CommandFailedException e = ErrorClassifier.exception(kind, "some command", message + "\n");
        assertThat(e.getClass().getSimpleName()).isEqualTo(type);
        assertThat(e.kind()).isEqualTo(kind);
        assertThat(e.answer()).isEqualTo(message + "\n");
        assertThat(e.getMessage()).contains("some command");
    }

    @Test
    void onlyTheMastersRoutingErrorsAreMasterErrors() {
        assertThat(ErrorClassifier.masterError("Can't connect to the target CLI!\n"))
                .contains(ErrorKind.TARGET_UNREACHABLE);
        assertThat(ErrorClassifier.masterError("[3]: Another reload is still in progress.\n"))
                .contains(ErrorKind.RELOAD_IN_PROGRESS);
        assertThat(ErrorClassifier.masterError("Unknown map identifier. Please use #<id> or <file>.\n")).isEmpty();
        assertThat(ErrorClassifier.masterError("Name: HAProxy\nVersion: 3.2.0\n")).isEmpty();
        assertThat(ErrorClassifier.masterError("")).isEmpty();
    }

    @Test
    void severityPrefixesAreIgnored() {
        assertThat(ErrorClassifier.classify("[3]: Key not found.\n")).contains(ErrorKind.KEY_NOT_FOUND);
        assertThat(ErrorClassifier.classify("[err]: Version number out of range.\n"))
                .contains(ErrorKind.VERSION_OUT_OF_RANGE);
    }

    @Test
    void emptyAnswersAreSuccessAndStrangeOnesAreUnrecognized() {
        assertThat(ErrorClassifier.classify("")).isEmpty();
        assertThat(ErrorClassifier.classify("\n")).isEmpty();
        assertThat(ErrorClassifier.classify("something new happened")).isEqualTo(Optional.of(ErrorKind.UNRECOGNIZED));
        assertThat(ErrorKind.INVALID_IP.isEntryError()).isTrue();
        assertThat(ErrorKind.UNKNOWN_MAP.isEntryError()).isFalse();
    }
}
