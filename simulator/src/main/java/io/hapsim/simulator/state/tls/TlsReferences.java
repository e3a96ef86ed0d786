package io.hapsim.simulator.state.tls;

import io.hapsim.simulator.config.ConfigLine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a configuration's {@code bind} and {@code server} lines load for TLS, as HAProxy names it: each {@code crt} (a
 * file, or the files of a directory but those that go with a certificate; {@code crt-base} before a relative path),
 * each {@code crt-list}'s certificates with their own options, and the {@code ca-file} and {@code crl-file}
 * ({@code ca-base} before a relative path). A server inherits them from its {@code default-server} lines; its
 * {@code crt} is loaded when it speaks TLS ({@code ssl}), its CA and CRL files in any case.
 *
 * @param instances the certificate instances by the CA and CRL files they check peers against: one entry per
 *                  {@code bind} line for its {@code crt} files, one per line of its {@code crt-list} files, one per
 *                  server
 * @param storeLoads the certificates of the {@code crt-store} sections, loaded before any line names them
 * @param crtLists  the certificate lists: the {@code crt-list} files and the {@code crt} directories
 * @param servingBinds the {@code bind} lines that load certificates, in the configuration's order
 * @param crtBase   the {@code crt-base}, or {@code null}
 * @param caBase    the {@code ca-base}, or {@code null}
 */
public record TlsReferences(List<Instances> instances, List<StoreLoad> storeLoads, List<CrtList> crtLists, List<ServingBind> servingBinds,
        String crtBase, String caBase) {

    private static final Logger LOG = LoggerFactory.getLogger(TlsReferences.class);
    /** What HAProxy does not load as a certificate when it reads a directory: the files that go with one. */
    private static final List<String> COMPANION_SUFFIXES = List.of(".key", ".ocsp", ".issuer", ".sctl");

    /**
     * Certificate instances HAProxy builds alike (a {@code bind} line's {@code crt} files, a crt-list line's
     * certificate, or a server's), and the files they check the peer against. A commit of either file rebuilds them.
     *
     * @param certificates the certificate files, directories read; none for a server without one
     * @param caFile       the CA file, or {@code null}
     * @param crlFile      the CRL file, or {@code null}
     */
    public record Instances(List<String> certificates, String caFile, String crlFile) {

        public Instances {
            certificates = List.copyOf(certificates);
        }
    }

    public TlsReferences {
        instances = List.copyOf(instances);
        storeLoads = List.copyOf(storeLoads);
        crtLists = List.copyOf(crtLists);
        servingBinds = List.copyOf(servingBinds);
    }

    public static TlsReferences none() {
        return new TlsReferences(List.of(), List.of(), List.of(), List.of(), null, null);
    }

    /** What the configuration {@code text}, read from the file {@code fileName}, loads. */
    public static TlsReferences fromConfig(String text, String fileName) {
        List<Instances> instances = new ArrayList<>();
        ServerTls sectionDefaults = ServerTls.NONE;
        ServerTls serverDefaults = ServerTls.NONE;
        Map<String, CrtList> crtLists = new LinkedHashMap<>();
        List<ServingBind> servingBinds = new ArrayList<>();
        String section = "";
        String sectionName = "";
        List<StoreLoad> storeLoads = new ArrayList<>();
        String crtBase = null;
        String caBase = null;
        String keyBase = null;
        String storeCrtBase = null;
        String storeKeyBase = null;
        String[] lines = text.split("\n", -1);
        for (int number = 1; number <= lines.length; number++) {
            List<String> words = ConfigLine.words(lines[number - 1]);
            if (words.isEmpty()) {
                continue;
            }
            String keyword = words.get(0);
            if (ConfigLine.startsSection(keyword)) {
                section = keyword;
                sectionName = words.size() > 1 ? words.get(1) : "";
                if (section.equals("defaults")) {
                    sectionDefaults = ServerTls.NONE; // a defaults section starts again from nothing
                }
                storeCrtBase = crtBase; // a crt-store starts from the global bases
                storeKeyBase = keyBase;
                serverDefaults = sectionDefaults;
            } else if (section.equals("global") && words.size() > 1 && keyword.equals("crt-base")) {
                crtBase = words.get(1);
            } else if (section.equals("global") && words.size() > 1 && keyword.equals("ca-base")) {
                caBase = words.get(1);
            } else if (section.equals("global") && words.size() > 1 && keyword.equals("key-base")) {
                keyBase = words.get(1);
            } else if (section.equals("crt-store") && words.size() > 1 && keyword.equals("crt-base")) {
                storeCrtBase = words.get(1);
            } else if (section.equals("crt-store") && words.size() > 1 && keyword.equals("key-base")) {
                storeKeyBase = words.get(1);
            } else if (section.equals("crt-store") && keyword.equals("load")) {
                StoreLoad load = StoreLoad.read(words.subList(1, words.size()), sectionName, storeCrtBase,
                        storeKeyBase, crtBase);
                if (load != null) {
                    storeLoads.add(load);
                }
            } else if (keyword.equals("default-server") && !section.equals("global")) {
                serverDefaults = serverDefaults.with(words.subList(1, words.size()), crtBase, caBase);
                if (section.equals("defaults")) {
                    sectionDefaults = serverDefaults;
                }
            } else if ((section.equals("backend") || section.equals("listen")) && keyword.equals("server")) {
                ServerTls server = serverDefaults.with(words.subList(Math.min(3, words.size()), words.size()),
                        crtBase, caBase);
                instances.add(new Instances(server.ssl() && server.crt() != null ? List.of(server.crt()) : List.of(),
                        server.caFile(), server.crlFile()));
            } else if ((section.equals("frontend") || section.equals("listen")) && keyword.equals("bind")) {
                List<String> certificates = new ArrayList<>();
                String caFile = null;
                String crlFile = null;
                List<CrtList> lists = new ArrayList<>();
                List<ServingBind.Served> loads = new ArrayList<>();
                for (int i = 2; i + 1 < words.size(); i++) {
                    String value = words.get(i + 1);
                    switch (words.get(i)) {
                        case "crt" -> {
                            String path = based(crtBase, value);
                            loads.add(new ServingBind.Served(path, Files.isDirectory(Path.of(path))));
                            addCertificates(path, certificates, directory -> crtLists.merge(directory.path(),
                                    directory, (known, again) -> known.servedAgain()));
                        }
                        case "crt-list" -> {
                            CrtList list = CrtListFile.read(value, crtBase, caBase);
                            loads.add(new ServingBind.Served(list.path(), true));
                            lists.add(list);
                        }
                        case "ca-file" -> caFile = based(caBase, value);
                        case "crl-file" -> crlFile = based(caBase, value);
                        default -> {
                            // not a TLS file
                        }
                    }
                }
                if (!loads.isEmpty()) {
                    servingBinds.add(new ServingBind(sectionName, fileName, number, loads));
                }
                if (!certificates.isEmpty() || caFile != null || crlFile != null) {
                    instances.add(new Instances(certificates, caFile, crlFile));
                }
                for (CrtList list : lists) {
                    crtLists.merge(list.path(), list, (known, again) -> known.servedAgain());
                    for (CrtList.Entry entry : list.entries()) {
                        Map<String, String> options = entry.options() == null ? Map.of() : entry.options();
                        instances.add(new Instances(List.of(entry.certificate()), options.getOrDefault("ca-file",
                                caFile), options.getOrDefault("crl-file", crlFile)));
                    }
                }
            }
        }
        return new TlsReferences(instances, storeLoads, List.copyOf(crtLists.values()), servingBinds, crtBase, caBase);
    }

    /** A path under its base, unless absolute or a name of HAProxy's own ({@code @store/name}, {@code @system-ca}). */
    static String based(String base, String path) {
        return base != null && !path.startsWith("/") && !path.startsWith("@") ? base + "/" + path : path;
    }

    /** A file, or a directory's files, which HAProxy also lists as a certificate list named by the directory. */
    private static void addCertificates(String name, List<String> certificates, Consumer<CrtList> directories) {
        Path path = Path.of(name);
        if (!Files.isDirectory(path)) {
            certificates.add(name);
            return;
        }
        try (Stream<Path> files = Files.list(path)) {
            List<String> inDirectory = files.filter(Files::isRegularFile)
                    .filter(file -> COMPANION_SUFFIXES.stream().noneMatch(file.toString()::endsWith))
                    .map(file -> name + (name.endsWith("/") ? "" : "/") + file.getFileName())
                    .sorted()
                    .toList();
            certificates.addAll(inDirectory);
            directories.accept(new CrtList(name, inDirectory.stream()
                    .map(file -> new CrtList.Entry(file, 0, null, List.of())).toList(), 0, 1));
        } catch (IOException e) {
            LOG.debug("certificate directory {} not read: {}", name, e.toString());
        }
    }
}
