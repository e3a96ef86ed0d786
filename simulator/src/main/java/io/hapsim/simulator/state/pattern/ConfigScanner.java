package io.hapsim.simulator.state.pattern;

import io.hapsim.simulator.config.ConfigException;
import io.hapsim.simulator.config.ConfigLine;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds, in a haproxy.cfg, every place that creates a pattern reference, in configuration order: map converters
 * ({@code map}, {@code map_<match>}, {@code map_<match>_<output>}) anywhere in a line, {@code acl} lines and
 * anonymous ACLs in conditions ({@code { src -f file }}).
 *
 * <p>Lines are split into words as every reader of the configuration splits them ({@link ConfigLine}); only what
 * matters for maps and ACLs is interpreted. {@code http-request set-map/del-map/add-acl/del-acl} create nothing:
 * HAProxy looks their file up by name when a request runs them, so they act on references made elsewhere.
 * Conditional blocks ({@code .if}) are not evaluated: every line counts.
 */
final class ConfigScanner {

    /** A map converter. */
    record MapUse(String file, MatchType match, ValueType output, int line) {
    }

    /** One {@code -f} file of an ACL, with the flags in force where it appeared. */
    record AclFile(String name, boolean ignoreCase, boolean noDns, boolean asMap) {
    }

    /** An ACL (named or anonymous): its files, then its inline patterns. */
    record AclUse(String keyword, MatchType match, List<AclFile> files, boolean ignoreCase, boolean noDns,
            List<String> patterns, Integer uniqueId, int line) {
    }

    private static final Pattern MAP_CONVERTER = Pattern.compile(
            ",(map(?:_(?:str|beg|sub|dir|dom|end|reg|regm|int|ip))?(?:_(?:str|int|ip|key))?)\\(");

    private static final Set<String> IP_FETCHES = Set.of("src", "dst", "hdr_ip", "req.hdr_ip", "res.hdr_ip",
            "shdr_ip", "url_ip", "bc_src", "bc_dst", "fc_src", "fc_dst", "so_src", "cook_ip", "req.cook_ip",
            "urlp_ip", "req.fhdr_ip", "ipv4", "ipv6");
    private static final Set<String> INT_FETCHES = Set.of("dst_port", "src_port", "status", "txn.status",
            "req.len", "req_len", "res.len", "req.body_len", "req.body_size", "nbsrv", "connslots", "be_conn",
            "fe_conn", "srv_conn", "queue", "avg_queue", "dst_conn", "so_id", "fe_id", "be_id", "srv_id", "int",
            "req_ssl_ver", "req.ssl_ver", "req.ssl_hello_type", "req_ssl_hello_type", "rand", "date", "ms", "us",
            "be_sess_rate", "fe_sess_rate", "fe_req_rate", "sc_http_req_rate", "srv_is_up", "bc_http_major",
            "fc_http_major", "req.ver", "req_ver", "res.ver", "resp_ver", "url_port");
    private static final Set<String> BOOL_FETCHES = Set.of("always_true", "always_false", "ssl_fc", "ssl_c_used",
            "stopping", "req.proto_http", "req_proto_http", "wait_end", "ssl_fc_has_crt", "ssl_fc_has_sni",
            "bool", "http_first_req");

    private final String configName;
    private final Consumer<Object> sink;

    private ConfigScanner(String configName, Consumer<Object> sink) {
        this.configName = configName;
        this.sink = sink;
    }

    /** Scans {@code text} and hands {@link MapUse}/{@link AclUse} records to {@code sink} in order. */
    static void scan(String text, String configName, Consumer<Object> sink) {
        new ConfigScanner(configName, sink).scanAll(text);
    }

    private void scanAll(String text) {
        // a CR before the line feed separates words like a blank: it ends the last word
        ConfigLine.lines(text).forEach(line -> scanLine(line.words(), line.number()));
    }

    private void scanLine(List<String> words, int line) {
        int start = 0;
        if (words.get(0).equals("acl")) {
            if (words.size() < 3) {
                return;
            }
            parseAcl(words, 2, words.size(), line);
            return;
        }
        for (int i = start; i < words.size(); i++) {
            String w = words.get(i);
            if (w.equals("{")) {
                int end = i + 1;
                while (end < words.size() && !words.get(end).equals("}")) {
                    end++;
                }
                if (end > i + 1) {
                    parseAcl(words, i + 1, end, line);
                }
                i = end;
            } else {
                findMaps(w, line);
            }
        }
    }

    /** An ACL expression: {@code words[from]} is the criterion, then flags, then patterns up to {@code to}. */
    private void parseAcl(List<String> words, int from, int to, int line) {
        String criterion = words.get(from);
        findMaps(criterion, line);
        String keyword = fetchKeyword(criterion);
        boolean hasConverters = criterion.indexOf(',', fetchEnd(criterion)) >= 0;
        MatchType match = null;
        boolean ignoreCase = false;
        boolean noDns = false;
        boolean asMap = false;
        Integer uniqueId = null;
        List<AclFile> files = new ArrayList<>();
        int i = from + 1;
        while (i < to && words.get(i).startsWith("-")) {
            String flag = words.get(i);
            if (flag.equals("--")) {
                i++;
                break;
            }
            switch (flag) {
                case "-i" -> ignoreCase = true;
                case "-n" -> noDns = true;
                case "-M" -> asMap = true;
                case "-f", "-m", "-u" -> {
                    if (i + 1 >= to) {
                        throw error(line, "missing argument after '" + flag + "'");
                    }
                    String arg = words.get(++i);
                    if (flag.equals("-f")) {
                        files.add(new AclFile(arg, ignoreCase, noDns, asMap));
                    } else if (flag.equals("-m")) {
                        match = MatchType.fromWord(arg);
                        if (match == null) {
                            throw error(line, "unknown matching method '" + arg + "' when parsing ACL expression");
                        }
                    } else {
                        Integer id = Numbers.strtolWhole(arg);
                        if (id == null) {
                            throw error(line, "expects an integer argument to '-u', but got '" + arg + "'");
                        }
                        uniqueId = id;
                    }
                }
                default -> throw error(line, "'" + flag + "' is not a valid ACL option. Please use '--' before any"
                        + " pattern beginning with a '-'.");
            }
            i++;
        }
        if (match == null) {
            match = hasConverters ? MatchType.STR : defaultMatch(keyword);
        }
        List<String> patterns = new ArrayList<>();
        String operator = "eq";
        for (; i < to; i++) {
            String p = words.get(i);
            if (match.parse() == MatchType.Parse.INTEGER) {
                String op = p.toLowerCase(Locale.ROOT);
                if (op.equals("eq") || op.equals("le") || op.equals("lt") || op.equals("ge") || op.equals("gt")) {
                    operator = op;
                    continue;
                }
                p = applyOperator(operator, p);
            }
            patterns.add(p);
        }
        sink.accept(new AclUse(keyword, match, files, ignoreCase, noDns, patterns, uniqueId, line));
    }

    /** HAProxy turns {@code gt 5} into the range {@code 6:} and so on; plain numbers only. */
    private static String applyOperator(String operator, String value) {
        Long v = Numbers.strictInt64(value);
        if (v == null || operator.equals("eq")) {
            return value;
        }
        return switch (operator) {
            case "le" -> ":" + v;
            case "lt" -> ":" + (v - 1);
            case "ge" -> v + ":";
            default -> (v + 1) + ":";
        };
    }

    private void findMaps(String word, int line) {
        Matcher m = MAP_CONVERTER.matcher(word);
        int from = 0;
        while (m.find(from)) {
            String name = m.group(1);
            int argsStart = m.end();
            int argsEnd = argsStart;
            while (argsEnd < word.length() && word.charAt(argsEnd) != ')') {
                if (word.charAt(argsEnd) == '\\') {
                    argsEnd++;
                }
                argsEnd++;
            }
            String args = word.substring(argsStart, Math.min(argsEnd, word.length()));
            String file = firstArgument(args);
            MapUse use = mapUse(name, file, line);
            if (use != null && !file.isEmpty()) {
                sink.accept(use);
            }
            from = Math.min(argsEnd, word.length());
            if (from <= m.start()) {
                break;
            }
        }
    }

    private static String firstArgument(String args) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < args.length(); i++) {
            char c = args.charAt(i);
            if (c == '\\' && i + 1 < args.length()) {
                b.append(args.charAt(++i));
            } else if (c == ',') {
                break;
            } else if (c != '"' && c != '\'') {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static MapUse mapUse(String name, String file, int line) {
        String[] parts = name.split("_");
        MatchType match = MatchType.STR;
        ValueType output = ValueType.STR;
        if (parts.length >= 2) {
            match = MatchType.fromWord(parts[1]);
            if (match == null) {
                return null;
            }
        }
        if (parts.length == 3) {
            output = switch (parts[2]) {
                case "int" -> ValueType.SINT;
                case "ip" -> ValueType.ADDR;
                default -> ValueType.STR;
            };
            if (match == MatchType.REGM) {
                return null;
            }
        }
        return new MapUse(file, match, output, line);
    }

    /** The sample fetch (or ACL keyword) name of a criterion: {@code req.hdr(host),lower} gives {@code req.hdr}. */
    static String fetchKeyword(String criterion) {
        return criterion.substring(0, fetchEnd(criterion));
    }

    private static int fetchEnd(String criterion) {
        int end = criterion.length();
        int paren = criterion.indexOf('(');
        int comma = criterion.indexOf(',');
        if (paren >= 0) {
            end = paren;
        }
        if (comma >= 0 && comma < end) {
            end = comma;
        }
        return end;
    }

    /** The matching method an ACL uses when no {@code -m} is given. */
    static MatchType defaultMatch(String keyword) {
        if (IP_FETCHES.contains(keyword)) {
            return MatchType.IP;
        }
        if (INT_FETCHES.contains(keyword) || keyword.matches("sc[0-9]*_.*|src_.*|sc_.*|table_.*")) {
            return MatchType.INT;
        }
        if (BOOL_FETCHES.contains(keyword)) {
            return MatchType.BOOL;
        }
        int us = keyword.lastIndexOf('_');
        if (us > 0) {
            switch (keyword.substring(us + 1)) {
                case "beg": return MatchType.BEG;
                case "end": return MatchType.END;
                case "sub": return MatchType.SUB;
                case "dom": return MatchType.DOM;
                case "dir": return MatchType.DIR;
                case "reg": return MatchType.REG;
                case "len": return MatchType.LEN;
                case "cnt", "val": return MatchType.INT;
                case "ip": return MatchType.IP;
                case "found": return MatchType.FOUND;
                default: break;
            }
        }
        return MatchType.STR;
    }

    private ConfigException error(int line, String message) {
        return new ConfigException("parsing [" + configName + ":" + line + "] : " + message);
    }
}
