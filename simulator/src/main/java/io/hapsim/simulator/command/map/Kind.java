package io.hapsim.simulator.command.map;

import io.hapsim.simulator.state.pattern.PatternRef;

/** Whether a command was given {@code map} or {@code acl}: which references it sees and how it words errors. */
enum Kind {
    MAP("map", "Unknown map identifier. Please use #<id> or <file>.\n", "Missing map identifier.\n",
            "Missing map identifier and/or key.\n", "This command expects two parameters: map identifier and key.\n"),
    ACL("acl", "Unknown ACL identifier. Please use #<id> or <file>.\n", "Missing ACL identifier.\n",
            "Missing ACL identifier and/or key.\n", "This command expects two parameters: ACL identifier and key.\n");

    final String word;
    final String unknownIdentifier;
    final String missingIdentifier;
    final String missingIdentifierOrKey;
    final String expectsTwoParameters;

    Kind(String word, String unknownIdentifier, String missingIdentifier, String missingIdentifierOrKey,
            String expectsTwoParameters) {
        this.word = word;
        this.unknownIdentifier = unknownIdentifier;
        this.missingIdentifier = missingIdentifier;
        this.missingIdentifierOrKey = missingIdentifierOrKey;
        this.expectsTwoParameters = expectsTwoParameters;
    }

    /** True when {@code ref} is listed by this kind's {@code show} (used by a map converter, or by an ACL). */
    boolean lists(PatternRef ref) {
        return this == MAP ? ref.usedAsMap() : ref.usedAsAcl();
    }

    String futureVersion() {
        return "Version number in the future, please use 'prepare " + word + "' before.\n";
    }
}
