package io.hapsim.simulator.state.tls;

import io.hapsim.simulator.config.ConfigLine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a configuration's {@code bind} lines load for TLS, as HAProxy names it: each {@code crt} (a file, or the files
 * of a directory but those that go with a certificate; {@code crt-base} before a relative path) and the
 * {@code ca-file} and {@code crl-file} ({@code ca-base} before a relative path).
 *
 * @param bindLines the {@code bind} lines that load a certificate or a CA file, in the configuration's order
 */
public record TlsReferences(List<BindLine> bindLines) {

    private static final Logger LOG = LoggerFactory.getLogger(TlsReferences.class);
    /** What HAProxy does not load as a certificate when it reads a directory: the files that go with one. */
    private static final List<String> COMPANION_SUFFIXES = List.of(".key", ".ocsp", ".issuer", ".sctl");

    /**
     * One {@code bind} line's TLS files.
     *
     * @param certificates its certificate files, directories read
     * @param caFile       its CA file, or {@code null}
     * @param crlFile      its CRL file, or {@code null}
     */
    public record BindLine(List<String> certificates, String caFile, String crlFile) {

        public BindLine {
            certificates = List.copyOf(certificates);
        }
    }

    public TlsReferences {
        bindLines = List.copyOf(bindLines);
    }

    public static TlsReferences none() {
        return new TlsReferences(List.of());
    }

    public static TlsReferences fromConfig(String text) {
        List<BindLine> bindLines = new ArrayList<>();
        String section = "";
        String crtBase = null;
        String caBase = null;
        for (String line : text.split("\n", -1)) {
            List<String> words = ConfigLine.words(line);
            if (words.isEmpty()) {
                continue;
            }
            String keyword = words.get(0);
            if (ConfigLine.startsSection(keyword)) {
                section = keyword;
            } else if (section.equals("global") && words.size() > 1 && keyword.equals("crt-base")) {
                crtBase = words.get(1);
            } else if (section.equals("global") && words.size() > 1 && keyword.equals("ca-base")) {
                caBase = words.get(1);
            } else if ((section.equals("frontend") || section.equals("listen")) && keyword.equals("bind")) {
                List<String> certificates = new ArrayList<>();
                String caFile = null;
                String crlFile = null;
                for (int i = 2; i + 1 < words.size(); i++) {
                    switch (words.get(i)) {
                        case "crt" -> addCertificates(based(crtBase, words.get(i + 1)), certificates);
                        case "ca-file" -> caFile = based(caBase, words.get(i + 1));
                        case "crl-file" -> crlFile = based(caBase, words.get(i + 1));
                        default -> {
                            // not a TLS file
                        }
                    }
                }
                if (!certificates.isEmpty() || caFile != null || crlFile != null) {
                    bindLines.add(new BindLine(certificates, caFile, crlFile));
                }
            }
        }
        return new TlsReferences(bindLines);
    }

    private static String based(String base, String path) {
        return base != null && !path.startsWith("/") ? base + "/" + path : path;
    }

    private static void addCertificates(String name, List<String> certificates) {
        Path path = Path.of(name);
        if (!Files.isDirectory(path)) {
            certificates.add(name);
            return;
        }
        try (Stream<Path> files = Files.list(path)) {
            files.filter(Files::isRegularFile)
                    .filter(file -> COMPANION_SUFFIXES.stream().noneMatch(file.toString()::endsWith))
                    .map(file -> name + (name.endsWith("/") ? "" : "/") + file.getFileName())
                    .sorted()
                    .forEach(certificates::add);
        } catch (IOException e) {
            LOG.debug("certificate directory {} not read: {}", name, e.toString());
        }
    }
}
