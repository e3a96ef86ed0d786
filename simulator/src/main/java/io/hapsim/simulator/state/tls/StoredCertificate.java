package io.hapsim.simulator.state.tls;

/**
 * A certificate store as HAProxy keeps it, by name.
 *
 * @param name      the name HAProxy knows it by (its path, as the configuration gave it, {@code crt-base} applied, or
 *                  as {@code new ssl cert} named it)
 * @param parts     its leaf, chain and key
 * @param instances how many {@code bind} lines serve it: a commit rebuilds each of them
 * @param files     the files its parts were configured from, which 3.2+ name in its details; {@code null} for a
 *                  store {@code new ssl cert} made
 * @param rebuilt   the commit that last rebuilt its instances, counted in its process (0: as loaded); a rebuilt
 *                  instance files its names again, after those of the same name
 */
public record StoredCertificate(String name, CertificateParts parts, int instances, PartFiles files, long rebuilt) {

    public boolean used() {
        return instances > 0;
    }

    StoredCertificate committing(CertificateParts newParts, long commit) {
        return new StoredCertificate(name, newParts, instances, files, commit);
    }

    StoredCertificate servedBy(int moreInstances) {
        return new StoredCertificate(name, parts, instances + moreInstances, files, rebuilt);
    }
}
