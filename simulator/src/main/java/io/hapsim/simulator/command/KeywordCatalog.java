package io.hapsim.simulator.command;

import io.hapsim.simulator.session.AccessLevel;
import io.hapsim.simulator.version.VersionProfile;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Loads the keyword table of a version from {@code keywords/<label>.kw} (its master's from {@code master-keywords/}):
 * one {@code words|usage} line per keyword (an empty usage marks a keyword that exists but is not listed by
 * {@code help}; the words may end with {@code [OPER]} or {@code [ADMIN]}, the level the keyword needs, then
 * {@code [EXPERT]} or {@code [EXPERIM]}).
 */
public final class KeywordCatalog {

    /** Compiled once: {@code String.split(" +")} would compile it again for each of hundreds of lines. */
    private static final Pattern SPACES = Pattern.compile(" +");

    private KeywordCatalog() {
    }

    public static List<Keyword> forProfile(VersionProfile profile) {
        return load("/io/hapsim/simulator/keywords/" + profile.label() + ".kw", profile);
    }

    /** The keywords of the version's master CLI (master-worker mode), from {@code master-keywords/<table>.kw}. */
    public static List<Keyword> forMaster(VersionProfile profile) {
        return load("/io/hapsim/simulator/master-keywords/" + profile.masterCli().keywordTable() + ".kw", profile);
    }

    private static List<Keyword> load(String resource, VersionProfile profile) {
        try (InputStream in = KeywordCatalog.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no keyword table " + resource + " for profile " + profile.label());
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /** The keyword a command selects among {@code keywords}: the longest one whose words all match, else null. */
    public static Keyword selectedBy(List<Keyword> keywords, List<String> args) {
        Keyword best = null;
        for (Keyword keyword : keywords) {
            if (keyword.matches(args) && (best == null || keyword.words().size() > best.words().size())) {
                best = keyword;
            }
        }
        return best;
    }

    static List<Keyword> parse(BufferedReader reader) throws IOException {
        List<Keyword> keywords = new ArrayList<>();
        String line;
        while ((line = reader.readLine()) != null) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int bar = line.indexOf('|');
            if (bar <= 0) {
                throw new IllegalStateException("malformed keyword line: " + line);
            }
            List<String> words = new ArrayList<>(Arrays.asList(SPACES.split(line.substring(0, bar).trim())));
            Keyword.Restriction restriction = Keyword.Restriction.NONE;
            AccessLevel level = AccessLevel.USER;
            for (String last = words.get(words.size() - 1); last.startsWith("["); last = words.get(words.size() - 1)) {
                switch (last) {
                    case "[EXPERT]" -> restriction = Keyword.Restriction.EXPERT;
                    case "[EXPERIM]" -> restriction = Keyword.Restriction.EXPERIMENTAL;
                    case "[OPER]" -> level = AccessLevel.OPERATOR;
                    case "[ADMIN]" -> level = AccessLevel.ADMIN;
                    default -> throw new IllegalStateException("unknown tag " + last + " in keyword line: " + line);
                }
                words.remove(words.size() - 1);
            }
            String usage = line.substring(bar + 1);
            keywords.add(new Keyword(words, usage.isEmpty() ? null : usage, restriction, level));
        }
        return keywords;
    }
}
