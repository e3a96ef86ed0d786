package io.hapsim.simulator.state.tls;

import io.hapsim.simulator.config.ConfigLine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a configuration's TLS lines into {@link TlsReferences}, line by line as HAProxy does: the bases of
 * {@code global}, the {@code crt-store} sections, the {@code default-server} and {@code server} lines, and the
 * {@code bind} lines with their files and lists.
 */
final class TlsConfigReader {

    private static final Logger LOG = LoggerFactory.getLogger(TlsConfigReader.class);
    /** What HAProxy does not load as a certificate when it reads a directory: the files that go with one. */
    private static final List<String> COMPANION_SUFFIXES = List.of(".key", ".ocsp", ".issuer", ".sctl");

    private final String fileName;
    private final List<TlsReferences.Instances> instances = new ArrayList<>();
    private final List<StoreLoad> storeLoads = new ArrayList<>();
    private final Map<String, CrtList> crtLists = new LinkedHashMap<>();
    private final List<ServingBind> servingBinds = new ArrayList<>();
    private final List<String> ticketKeyFiles = new ArrayList<>();
    private String section = "";
    private String sectionName = "";
    private String crtBase;
    private String caBase;
    private String keyBase;
    private String storeCrtBase;
    private String storeKeyBase;
    private String httpClientCa = SystemCa.NAME;
    private boolean httpClientVerifies = true;
    /** What the last {@code defaults} section's {@code default-server} lines set, and the current section's. */
    private ServerTls sectionDefaults = ServerTls.NONE;
    private ServerTls serverDefaults = ServerTls.NONE;

    TlsConfigReader(String fileName) {
        this.fileName = fileName;
    }

    TlsReferences read(String text) {
        for (ConfigLine.Numbered line : ConfigLine.lines(text)) {
            List<String> words = line.words();
            String keyword = words.get(0);
            if (ConfigLine.startsSection(keyword)) {
                startSection(keyword, words.size() > 1 ? words.get(1) : "");
            } else if (section.equals("global")) {
                global(keyword, words);
            } else if (section.equals("crt-store")) {
                crtStore(keyword, words);
            } else if (keyword.equals("default-server")) {
                serverDefaults = serverDefaults.with(words.subList(1, words.size()), crtBase, caBase);
                if (section.equals("defaults")) {
                    sectionDefaults = serverDefaults;
                }
            } else if ((section.equals("backend") || section.equals("listen")) && keyword.equals("server")) {
                server(words);
            } else if ((section.equals("frontend") || section.equals("listen")) && keyword.equals("bind")) {
                bind(words, line.number());
            }
        }
        return new TlsReferences(instances, storeLoads, List.copyOf(crtLists.values()), servingBinds, ticketKeyFiles,
                crtBase, caBase, httpClientVerifies ? httpClientCa : null);
    }

    private void startSection(String keyword, String name) {
        section = keyword;
        sectionName = name;
        if (section.equals("defaults")) {
            sectionDefaults = ServerTls.NONE; // a defaults section starts again from nothing
        }
        serverDefaults = sectionDefaults;
        storeCrtBase = crtBase; // a crt-store starts from the global bases
        storeKeyBase = keyBase;
    }

    private void global(String keyword, List<String> words) {
        if (words.size() < 2) {
            return;
        }
        switch (keyword) {
            case "crt-base" -> crtBase = words.get(1);
            case "ca-base" -> caBase = words.get(1);
            case "key-base" -> keyBase = words.get(1);
            case "httpclient.ssl.ca-file" -> httpClientCa = words.get(1);
            case "httpclient.ssl.verify" -> httpClientVerifies = !words.get(1).equals("none");
            default -> {
                // not a TLS setting
            }
        }
    }

    private void crtStore(String keyword, List<String> words) {
        if (keyword.equals("load")) {
            StoreLoad load = StoreLoad.read(words.subList(1, words.size()), sectionName, storeCrtBase, storeKeyBase,
                    crtBase);
            if (load != null) {
                storeLoads.add(load);
            }
        } else if (words.size() > 1 && keyword.equals("crt-base")) {
            storeCrtBase = words.get(1);
        } else if (words.size() > 1 && keyword.equals("key-base")) {
            storeKeyBase = words.get(1);
        }
    }

    /** A server's client certificate is an instance when it speaks TLS; its CA and CRL files load in any case. */
    private void server(List<String> words) {
        ServerTls server = serverDefaults.with(words.subList(Math.min(3, words.size()), words.size()), crtBase,
                caBase);
        instances.add(new TlsReferences.Instances(server.ssl() && server.crt() != null ? List.of(server.crt())
                : List.of(), server.caFile(), server.crlFile(), false));
    }

    private void bind(List<String> words, int number) {
        List<String> certificates = new ArrayList<>();
        String caFile = null;
        String crlFile = null;
        List<CrtList> lists = new ArrayList<>();
        List<ServingBind.Served> loads = new ArrayList<>();
        for (int i = 2; i + 1 < words.size(); i++) {
            String value = words.get(i + 1);
            switch (words.get(i)) {
                case "crt" -> {
                    String path = TlsReferences.based(crtBase, value);
                    loads.add(new ServingBind.Served(path, addCertificates(path, certificates)));
                }
                case "crt-list" -> {
                    CrtList list = CrtListFile.read(value, crtBase, caBase);
                    loads.add(new ServingBind.Served(list.path(), true));
                    lists.add(list);
                }
                case "tls-ticket-keys" -> {
                    if (!ticketKeyFiles.contains(value)) {
                        ticketKeyFiles.add(value);
                    }
                }
                case "ca-file" -> caFile = TlsReferences.based(caBase, value);
                case "crl-file" -> crlFile = TlsReferences.based(caBase, value);
                default -> {
                    // not a TLS file
                }
            }
        }
        if (!loads.isEmpty()) {
            servingBinds.add(new ServingBind(sectionName, section, fileName, number, words.get(1),
                    words.contains("strict-sni"), loads));
        }
        if (!certificates.isEmpty() || caFile != null || crlFile != null) {
            instances.add(new TlsReferences.Instances(certificates, caFile, crlFile, false));
        }
        for (CrtList list : lists) {
            served(list);
            for (CrtList.Entry entry : list.entries()) {
                Map<String, String> options = entry.options() == null ? Map.of() : entry.options();
                instances.add(new TlsReferences.Instances(List.of(entry.certificate()),
                        options.getOrDefault("ca-file", caFile), options.getOrDefault("crl-file", crlFile), true));
            }
        }
    }

    /** A list, one more line serving it if known. */
    private void served(CrtList list) {
        crtLists.merge(list.path(), list, (known, again) -> known.servedAgain());
    }

    /**
     * A file, or a directory's files, which HAProxy also lists as a certificate list named by the directory; whether
     * it was a directory.
     */
    private boolean addCertificates(String name, List<String> certificates) {
        Path path = Path.of(name);
        if (!Files.isDirectory(path)) {
            certificates.add(name);
            return false;
        }
        try (Stream<Path> files = Files.list(path)) {
            List<String> inDirectory = files.filter(Files::isRegularFile)
                    .filter(file -> COMPANION_SUFFIXES.stream().noneMatch(file.toString()::endsWith))
                    .map(file -> name + (name.endsWith("/") ? "" : "/") + file.getFileName())
                    .sorted()
                    .toList();
            certificates.addAll(inDirectory);
            served(new CrtList(name, inDirectory.stream()
                    .map(file -> new CrtList.Entry(file, 0, null, List.of())).toList(), 0, 1));
        } catch (IOException e) {
            LOG.debug("certificate directory {} not read: {}", name, e.toString());
        }
        return true;
    }
}
