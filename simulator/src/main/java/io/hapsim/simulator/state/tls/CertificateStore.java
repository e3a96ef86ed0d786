package io.hapsim.simulator.state.tls;

import io.hapsim.simulator.config.ConfigLine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The certificates a process loaded: every {@code crt} of the configuration's {@code bind} lines, a file or a
 * directory of them ({@code crt-base} before a relative path), named as HAProxy names them and listed in its order (by
 * name). A file that holds no readable certificate is left out.
 */
public final class CertificateStore {

    private static final Logger LOG = LoggerFactory.getLogger(CertificateStore.class);
    /** What HAProxy does not load as a certificate when it reads a directory: the files that go with one. */
    private static final List<String> COMPANION_SUFFIXES = List.of(".key", ".ocsp", ".issuer", ".sctl");

    private final TreeMap<String, StoredCertificate> byName = new TreeMap<>();

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
        try {
            List<X509Certificate> certificates = PemFile.certificates(path);
            if (!certificates.isEmpty()) {
                byName.put(name, new StoredCertificate(name, certificates.get(0),
                        new ArrayList<>(certificates.subList(1, certificates.size())), true));
            }
        } catch (IOException e) {
            LOG.debug("certificate {} not loaded: {}", name, e.toString());
        }
    }

    /** Every certificate, in HAProxy's order. */
    public Collection<StoredCertificate> all() {
        return byName.values();
    }

    public Optional<StoredCertificate> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }
}
