package io.hapsim.simulator.version;

import java.util.Objects;

/**
 * What differs between versions in the TLS commands. The 2.4 and 2.8 builds recorded have none (built without
 * OpenSSL: their help lists no {@code ssl} command); their data follows their sources, for a build that has them.
 * Each version's is the previous one's with what changed ({@link #derive()}).
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
 * @param usagesQuoted              the usages of {@code set} and {@code commit ssl cert}, {@code set} and
 *                                  {@code commit ssl ca-file} close their quote (3.0+)
 * @param caStoreOrder              the order the build's OpenSSL keeps a CA file's certificates in
 * @param crtListEmptyBrackets      {@code show ssl crt-list} writes a line's empty options back as {@code []}
 *                                  (2.6); 3.0+ write nothing
 * @param bundleCommitUnlinks       a CA or CRL file's commit leaves the certificate instances it rebuilds out of
 *                                  their certificate's, which then shows {@code Unused} and whose next commit
 *                                  rebuilds nothing (GitHub #3165: the builds of 2.4 to 3.1, and Debian's 2.6 and
 *                                  3.0, measured; fixed in 3.3.0 and in the 3.2 build)
 * @param ocspResponsesByPath       {@code show ssl ocsp-response} also takes a certificate's path, and a format
 *                                  ({@code text}, {@code base64}; 2.8+); before, only a certificate ID
 * @param warnsOfNegativeFilters    a crt-list line with negative filters and no wildcard one is warned of each time
 *                                  it is filed: logged on {@code add ssl crt-list}, and also answered on a commit
 *                                  (3.2+)
 * @param shownOcspResponsesStay    an OCSP response once shown alone ({@code show ssl ocsp-response <id|path>}) is
 *                                  never freed: when a commit replaces its certificate it stays listed, found by its
 *                                  ID but no longer by the certificate's path (2.8+: the show takes a reference its
 *                                  handler then forgets; measured on 3.0 to 3.4). Otherwise the commit drops it
 * @param storesKeepOcspResponses   a certificate store keeps its OCSP response once stapled, and no certificate ID
 *                                  (2.4, 2.6): {@code show ssl cert} prints the response's own ID, and a transaction
 *                                  of a key alone carries the response, stapled again at commit (measured on 2.6).
 *                                  2.8+ consume the response and keep the ID it was filed under, which a key or
 *                                  issuer payload forgets (measured on 3.0 to 3.4)
 * @param showsCertificateOcsp      {@code show ssl cert <file>.ocsp} shows the certificate's OCSP response (2.6+);
 *                                  2.4 looks for a certificate of that name
 * @param commitAnswersWarnings     {@code commit ssl cert} answers what the rebuild warned of (an OCSP response
 *                                  ignored), before {@code Success!} (3.0+; 2.6 is silent, measured)
 * @param commitDotsFollowRebuild   {@code commit ssl cert} prints a {@code bind} line's dot once it is rebuilt, so a
 *                                  failed rebuild prints none (3.4, measured); before, each dot came first
 * @param distributionPointsEndLine the build's OpenSSL ends the text of a certificate's CRL distribution points with
 *                                  a line feed, so an empty line follows it (OpenSSL 3.5, of the 3.0+ builds
 *                                  measured; 2.6's OpenSSL 3.0 does not)
 */
public record TlsCli(boolean listsFiles, boolean listsOptions, boolean showsUncommitted,
        boolean otherFileJoinsTransaction, boolean loadErrorsGiveReason, boolean base64EndsChain,
        boolean commitNeedsKey, boolean keyErrorsGiveOpenSslError, boolean usagesQuoted, CaStoreOrder caStoreOrder,
        boolean crtListEmptyBrackets, boolean bundleCommitUnlinks, boolean ocspResponsesByPath,
        boolean warnsOfNegativeFilters, boolean shownOcspResponsesStay, boolean storesKeepOcspResponses,
        boolean showsCertificateOcsp, boolean commitAnswersWarnings, boolean commitDotsFollowRebuild,
        boolean distributionPointsEndLine) {

    public TlsCli {
        Objects.requireNonNull(caStoreOrder);
    }

    static Builder builder() {
        return new Builder();
    }

    /** A builder holding this one's values, to derive the next version's. */
    Builder derive() {
        Builder builder = new Builder();
        builder.listsFiles = listsFiles;
        builder.listsOptions = listsOptions;
        builder.showsUncommitted = showsUncommitted;
        builder.otherFileJoinsTransaction = otherFileJoinsTransaction;
        builder.loadErrorsGiveReason = loadErrorsGiveReason;
        builder.base64EndsChain = base64EndsChain;
        builder.commitNeedsKey = commitNeedsKey;
        builder.keyErrorsGiveOpenSslError = keyErrorsGiveOpenSslError;
        builder.usagesQuoted = usagesQuoted;
        builder.caStoreOrder = caStoreOrder;
        builder.crtListEmptyBrackets = crtListEmptyBrackets;
        builder.bundleCommitUnlinks = bundleCommitUnlinks;
        builder.ocspResponsesByPath = ocspResponsesByPath;
        builder.warnsOfNegativeFilters = warnsOfNegativeFilters;
        builder.shownOcspResponsesStay = shownOcspResponsesStay;
        builder.storesKeepOcspResponses = storesKeepOcspResponses;
        builder.showsCertificateOcsp = showsCertificateOcsp;
        builder.commitAnswersWarnings = commitAnswersWarnings;
        builder.commitDotsFollowRebuild = commitDotsFollowRebuild;
        builder.distributionPointsEndLine = distributionPointsEndLine;
        return builder;
    }

    static final class Builder {
        private boolean listsFiles;
        private boolean listsOptions;
        private boolean showsUncommitted;
        private boolean otherFileJoinsTransaction;
        private boolean loadErrorsGiveReason;
        private boolean base64EndsChain;
        private boolean commitNeedsKey;
        private boolean keyErrorsGiveOpenSslError;
        private boolean usagesQuoted;
        private CaStoreOrder caStoreOrder;
        private boolean crtListEmptyBrackets;
        private boolean bundleCommitUnlinks;
        private boolean ocspResponsesByPath;
        private boolean warnsOfNegativeFilters;
        private boolean shownOcspResponsesStay;
        private boolean storesKeepOcspResponses;
        private boolean showsCertificateOcsp;
        private boolean commitAnswersWarnings;
        private boolean commitDotsFollowRebuild;
        private boolean distributionPointsEndLine;

        private Builder() {
        }

        Builder listsFiles(boolean value) {
            this.listsFiles = value;
            return this;
        }

        Builder listsOptions(boolean value) {
            this.listsOptions = value;
            return this;
        }

        Builder showsUncommitted(boolean value) {
            this.showsUncommitted = value;
            return this;
        }

        Builder otherFileJoinsTransaction(boolean value) {
            this.otherFileJoinsTransaction = value;
            return this;
        }

        Builder loadErrorsGiveReason(boolean value) {
            this.loadErrorsGiveReason = value;
            return this;
        }

        Builder base64EndsChain(boolean value) {
            this.base64EndsChain = value;
            return this;
        }

        Builder commitNeedsKey(boolean value) {
            this.commitNeedsKey = value;
            return this;
        }

        Builder keyErrorsGiveOpenSslError(boolean value) {
            this.keyErrorsGiveOpenSslError = value;
            return this;
        }

        Builder usagesQuoted(boolean value) {
            this.usagesQuoted = value;
            return this;
        }

        Builder caStoreOrder(CaStoreOrder value) {
            this.caStoreOrder = value;
            return this;
        }

        Builder crtListEmptyBrackets(boolean value) {
            this.crtListEmptyBrackets = value;
            return this;
        }

        Builder bundleCommitUnlinks(boolean value) {
            this.bundleCommitUnlinks = value;
            return this;
        }

        Builder ocspResponsesByPath(boolean value) {
            this.ocspResponsesByPath = value;
            return this;
        }

        Builder warnsOfNegativeFilters(boolean value) {
            this.warnsOfNegativeFilters = value;
            return this;
        }

        Builder shownOcspResponsesStay(boolean value) {
            this.shownOcspResponsesStay = value;
            return this;
        }

        Builder storesKeepOcspResponses(boolean value) {
            this.storesKeepOcspResponses = value;
            return this;
        }

        Builder showsCertificateOcsp(boolean value) {
            this.showsCertificateOcsp = value;
            return this;
        }

        Builder commitAnswersWarnings(boolean value) {
            this.commitAnswersWarnings = value;
            return this;
        }

        Builder commitDotsFollowRebuild(boolean value) {
            this.commitDotsFollowRebuild = value;
            return this;
        }

        Builder distributionPointsEndLine(boolean value) {
            this.distributionPointsEndLine = value;
            return this;
        }

        TlsCli build() {
            return new TlsCli(listsFiles, listsOptions, showsUncommitted, otherFileJoinsTransaction,
                    loadErrorsGiveReason, base64EndsChain, commitNeedsKey, keyErrorsGiveOpenSslError, usagesQuoted,
                    caStoreOrder, crtListEmptyBrackets, bundleCommitUnlinks, ocspResponsesByPath,
                    warnsOfNegativeFilters, shownOcspResponsesStay, storesKeepOcspResponses, showsCertificateOcsp,
                    commitAnswersWarnings, commitDotsFollowRebuild, distributionPointsEndLine);
        }
    }
}
