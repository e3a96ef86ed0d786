package io.hapsim.simulator.version;

/**
 * What differs between versions in the TLS commands. The 2.4 and 2.8 builds recorded have none (built without
 * OpenSSL: their help lists no {@code ssl} command); their data follows their sources, for a build that has them.
 *
 * @param listsFiles                {@code show ssl cert <file>} says which files a loaded certificate's parts come
 *                                  from ({@code Crt filename}, {@code Key filename}, {@code OCSP filename},
 *                                  {@code SCTL filename}; 3.2+)
 * @param listsOptions              it says the certificate's options ({@code Option: ocsp-update off},
 *                                  {@code Option: jwt off}; 3.3+)
 * @param showsUncommitted          a transaction's certificate has the status {@code Uncommitted} (3.2+), not
 *                                  {@code Unused}
 * @param otherFileJoinsTransaction {@code set ssl cert} of another file than the ongoing transaction's changes that
 *                                  transaction instead (2.4 to 2.8, a bug); later versions refuse
 * @param loadErrorsGiveReason      a refused certificate says OpenSSL's reason ({@code : no start line}; 2.8+)
 * @param base64EndsChain           a chain certificate with broken base64 ends the chain silently (2.4, 2.6: they
 *                                  took that PEM error for the end of the text); 2.8+ refuse the payload
 * @param commitNeedsKey            {@code commit ssl cert} refuses a certificate without a key (up to 3.2); 3.3+
 *                                  starts committing and fails on the first {@code bind} line that serves it
 * @param keyErrorsGiveOpenSslError a refused key says OpenSSL's error ({@code (error:1E08010C:...)}; 3.4)
 * @param usagesQuoted              the usages of {@code set ssl cert}, {@code set} and {@code commit ssl ca-file}
 *                                  close their quote (3.0+)
 * @param caStoreOrder              the order the build's OpenSSL keeps a CA file's certificates in
 * @param crtListEmptyBrackets      {@code show ssl crt-list} writes a line's empty options back as {@code []}
 *                                  (2.6); 3.0+ write nothing
 */
public record TlsCli(boolean listsFiles, boolean listsOptions, boolean showsUncommitted,
        boolean otherFileJoinsTransaction, boolean loadErrorsGiveReason, boolean base64EndsChain,
        boolean commitNeedsKey, boolean keyErrorsGiveOpenSslError, boolean usagesQuoted, CaStoreOrder caStoreOrder,
        boolean crtListEmptyBrackets) {

    /** As 2.6 has it (measured), 2.4 in its source. */
    static TlsCli first() {
        return new TlsCli(false, false, false, true, false, true, true, false, false,
                CaStoreOrder.SORTED_BEFORE_EACH_ADDITION, true);
    }

    /** 2.8: OpenSSL's reason when a certificate is refused, a broken chain too. */
    TlsCli givingLoadReasons() {
        return new TlsCli(listsFiles, listsOptions, showsUncommitted, otherFileJoinsTransaction, true, false,
                commitNeedsKey, keyErrorsGiveOpenSslError, usagesQuoted, caStoreOrder, crtListEmptyBrackets);
    }

    /**
     * 3.0: another file's payload is refused while a transaction is under way; the usage is quoted; its OpenSSL
     * keeps a CA file in the order certificates were added; a crt-list line's empty options are not written back.
     */
    TlsCli keepingTransactionsApart() {
        return new TlsCli(listsFiles, listsOptions, showsUncommitted, false, loadErrorsGiveReason, base64EndsChain,
                commitNeedsKey, keyErrorsGiveOpenSslError, true, CaStoreOrder.ADDED, false);
    }

    /** 3.2: the files of each part, and the {@code Uncommitted} status. */
    TlsCli listingFiles() {
        return new TlsCli(true, listsOptions, true, otherFileJoinsTransaction, loadErrorsGiveReason, base64EndsChain,
                commitNeedsKey, keyErrorsGiveOpenSslError, usagesQuoted, caStoreOrder, crtListEmptyBrackets);
    }

    /** 3.3: the options, and a commit that only fails when rebuilding. */
    TlsCli listingOptions() {
        return new TlsCli(listsFiles, true, showsUncommitted, otherFileJoinsTransaction, loadErrorsGiveReason,
                base64EndsChain, false, keyErrorsGiveOpenSslError, usagesQuoted, caStoreOrder, crtListEmptyBrackets);
    }

    /** 3.4: OpenSSL's error when a key is refused. */
    TlsCli givingKeyErrors() {
        return new TlsCli(listsFiles, listsOptions, showsUncommitted, otherFileJoinsTransaction, loadErrorsGiveReason,
                base64EndsChain, commitNeedsKey, true, usagesQuoted, caStoreOrder, crtListEmptyBrackets);
    }
}
