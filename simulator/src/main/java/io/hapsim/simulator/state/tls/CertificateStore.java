package io.hapsim.simulator.state.tls;

import io.hapsim.simulator.config.ConfigLine;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The certificates a process loaded: every {@code crt} of the configuration's {@code bind} lines, a file or a
 * directory of them ({@code crt-base} before a relative path), named as HAProxy names them and listed in its order (by
 * name). A file that holds no readable certificate is left out. At most one transaction changes one of them at a
 * time, as in HAProxy; commands that read and then change the store hold its monitor meanwhile.
 */
public final class CertificateStore {

    private static final Logger LOG = LoggerFactory.getLogger(CertificateStore.class);
    /** What HAProxy does not load as a certificate when it reads a directory: the files that go with one. */
    private static final List<String> COMPANION_SUFFIXES = List.of(".key", ".ocsp", ".issuer", ".sctl");

    private final TreeMap<String, StoredCertificate> byName = new TreeMap<>();
    private CertificateTransaction transaction;

    private CertificateStore() {
    }

    public static CertificateStore none() {
        return new CertificateStore();
    }

    /** The certificates of a configuration's text. */
    public static CertificateStore fromConfig(String text) {
        CertificateStore store = new CertificateStore();
        String section = "";
        String base = null;
        for (String line : text.split("\n", -1)) {
            List<String> words = ConfigLine.words(line);
            if (words.isEmpty()) {
                continue;
            }
            String keyword = words.get(0);
            if (ConfigLine.startsSection(keyword)) {
                section = keyword;
                continue;
            }
            if (section.equals("global") && keyword.equals("crt-base") && words.size() > 1) {
                base = words.get(1);
            } else if ((section.equals("frontend") || section.equals("listen")) && keyword.equals("bind")) {
                for (int i = 2; i + 1 < words.size(); i++) {
                    if (words.get(i).equals("crt")) {
                        String path = words.get(i + 1);
                        store.load(base != null && !path.startsWith("/") ? base + "/" + path : path);
                    }
                }
            }
        }
        return store;
    }

    private void load(String name) {
        Path path = Path.of(name);
        if (Files.isDirectory(path)) {
            try (Stream<Path> files = Files.list(path)) {
                files.filter(Files::isRegularFile)
                        .filter(file -> COMPANION_SUFFIXES.stream().noneMatch(file.toString()::endsWith))
                        .forEach(file -> load(name + (name.endsWith("/") ? "" : "/") + file.getFileName()));
            } catch (IOException e) {
                LOG.debug("certificate directory {} not read: {}", name, e.toString());
            }
            return;
        }
        StoredCertificate known = byName.get(name);
        if (known != null) {
            byName.put(name, new StoredCertificate(name, known.parts(), known.instances() + 1, known.keyFile()));
            return;
        }
        try {
            CertificateParts parts = PemParts.certificate(Files.readString(path, StandardCharsets.ISO_8859_1));
            String keyFile = name;
            Path besideKey = Path.of(name + ".key");
            if (parts.key() == null && Files.isRegularFile(besideKey)) {
                // a PEM without its key has it in a file of its own, as HAProxy looks for it
                parts = parts.withKey(PemParts.key(Files.readString(besideKey, StandardCharsets.ISO_8859_1)));
                keyFile = besideKey.toString();
            }
            byName.put(name, new StoredCertificate(name, parts, 1, keyFile));
        } catch (IOException | PemException e) {
            LOG.debug("certificate {} not loaded: {}", name, e.toString());
        }
    }

    /** Every certificate, in HAProxy's order. */
    public synchronized List<StoredCertificate> all() {
        return List.copyOf(byName.values());
    }

    public synchronized Optional<StoredCertificate> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    public synchronized Optional<CertificateTransaction> transaction() {
        return Optional.ofNullable(transaction);
    }

    /** {@code new ssl cert}: an empty store; {@code false} when one has that name already. */
    public synchronized boolean create(String name) {
        return byName.putIfAbsent(name, new StoredCertificate(name, CertificateParts.EMPTY, 0, null)) == null;
    }

    /** Starts or replaces the transaction: {@code pending} is what {@code path} will hold once committed. */
    public synchronized void stage(String path, CertificateParts pending) {
        transaction = new CertificateTransaction(path, pending);
    }

    /** Ends the transaction without change ({@code abort}, or a commit that failed). */
    public synchronized void abort() {
        transaction = null;
    }

    /** Ends the transaction, its store now holding what was pending. */
    public synchronized void commit() {
        StoredCertificate store = byName.get(transaction.path()).with(transaction.pending());
        byName.put(store.name(), store);
        transaction = null;
    }

    public synchronized void delete(String name) {
        byName.remove(name);
    }
}
