package io.hapsim.simulator.command;

import io.hapsim.simulator.session.SessionState;
import io.hapsim.simulator.version.VersionProfile;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Writes the keyword lists of {@code help [words]} and of the "Unknown command" answer: the keywords that match
 * the typed words exactly, or, when some typed words match nothing, up to five keywords whose remaining words
 * look closest (HAProxy's fingerprint distance), sorted by usage line, then the fixed help/prompt/quit lines.
 * Only the keywords the session sees take part (expert and experimental ones once their mode is on), walked in
 * registration order: among equally close keywords, the one registered first is kept.
 */
final class UsageWriter {

    /** HAProxy's CLI_PREFIX_KW_NB: keywords have at most this many words. */
    private static final int MAX_KEYWORD_WORDS = 5;
    /** HAProxy's CLI_MAX_MATCHES. */
    private static final int MAX_SUGGESTIONS = 5;

    private static final String HELP_HEADER = "The following commands are valid at this level:\n";
    private static final String HELP_LINE = "  help [<command>]                        : list matching or all commands\n";
    private static final String QUIT_LINE = "  quit                                    : disconnect\n";

    private final VersionProfile profile;
    private final List<Keyword> keywords;

    UsageWriter(VersionProfile profile, List<Keyword> keywords) {
        this.profile = profile;
        this.keywords = keywords;
    }

    /** The answer to {@code help <words...>}; {@code words} excludes "help" itself. */
    String help(List<String> words, SessionState session) {
        return HELP_HEADER + body(words, visibleIn(session));
    }

    /** The answer to a command that matches no keyword ({@code words} may start with an empty word). */
    String unknownCommand(List<String> words, SessionState session) {
        List<Keyword> visible = visibleIn(session);
        String first = word(words, 0);
        boolean nothingTyped = first.isEmpty() && exactlyMatchingWords(words, visible) == 0;
        StringBuilder header = new StringBuilder("Unknown command");
        if (profile.unknownCommandNamesWord()) {
            header.append(": '").append(first).append('\'');
            header.append(nothingTyped ? ". Please enter one of the following commands only:\n"
                    : ", but maybe one of the following ones is a better match:\n");
        } else {
            header.append(nothingTyped ? ". Please enter one of the following commands only:\n"
                    : ", but maybe one of the following ones is a better match:\n");
        }
        return header + body(words, visible);
    }

    private List<Keyword> visibleIn(SessionState session) {
        List<Keyword> visible = new ArrayList<>(keywords.size());
        for (Keyword keyword : keywords) {
            if (keyword.visible(session.expertMode(), session.experimentalMode())) {
                visible.add(keyword);
            }
        }
        return visible;
    }

    private String body(List<String> words, List<Keyword> visible) {
        int length = exactlyMatchingWords(words, visible);
        List<Keyword> entries = suggestions(words, length, visible);
        if (entries.isEmpty()) {
            for (Keyword keyword : visible) {
                if (keyword.listed() && sharesPrefix(keyword, words, length)) {
                    entries.add(keyword);
                }
            }
        }
        entries.sort(Comparator.comparing(Keyword::usage, UsageWriter::compareBytes));
        StringBuilder out = new StringBuilder();
        for (Keyword keyword : entries) {
            out.append("  ").append(keyword.usage()).append('\n');
        }
        return out.append(HELP_LINE).append(profile.promptHelpLine()).append(QUIT_LINE).toString();
    }

    /** The largest number of leading typed words that some keyword matches word for word. */
    private static int exactlyMatchingWords(List<String> words, List<Keyword> visible) {
        int length = 0;
        for (Keyword keyword : visible) {
            for (int i = 0; i < Math.min(MAX_KEYWORD_WORDS, keyword.words().size()); i++) {
                String typed = word(words, i);
                if (typed.isEmpty() || !keyword.words().get(i).equals(typed)) {
                    break;
                }
                length = Math.max(length, i + 1);
            }
        }
        return length;
    }

    private static List<Keyword> suggestions(List<String> words, int length, List<Keyword> visible) {
        List<Keyword> result = new ArrayList<>();
        if (word(words, length).isEmpty()) {
            return result;
        }
        Keyword[] best = new Keyword[MAX_SUGGESTIONS];
        int[] bestDistance = new int[MAX_SUGGESTIONS];
        java.util.Arrays.fill(bestDistance, Integer.MAX_VALUE);
        for (Keyword keyword : visible) {
            if (!keyword.listed() || !sharesPrefix(keyword, words, length)) {
                continue;
            }
            WordFingerprint typed = new WordFingerprint();
            int totalLength = 0;
            for (int i = length; i < MAX_KEYWORD_WORDS && !word(words, i).isEmpty(); i++) {
                typed.add(word(words, i));
                totalLength += word(words, i).length();
            }
            WordFingerprint candidate = new WordFingerprint();
            for (int i = length; i < Math.min(MAX_KEYWORD_WORDS, keyword.words().size()); i++) {
                candidate.add(keyword.words().get(i));
                totalLength += keyword.words().get(i).length();
            }
            int distance = typed.distance(candidate);
            if (distance < 5 * totalLength / 2 && distance < bestDistance[MAX_SUGGESTIONS - 1]) {
                int slot = MAX_SUGGESTIONS - 1;
                while (slot > 0 && distance < bestDistance[slot - 1]) {
                    best[slot] = best[slot - 1];
                    bestDistance[slot] = bestDistance[slot - 1];
                    slot--;
                }
                best[slot] = keyword;
                bestDistance[slot] = distance;
            }
        }
        for (int i = 0; i < MAX_SUGGESTIONS && best[i] != null; i++) {
            if (bestDistance[i] > 5 * bestDistance[0] / 2) {
                break;
            }
            result.add(best[i]);
        }
        return result;
    }

    /** True when the keyword's first {@code length} words are the typed ones (and it has that many). */
    private static boolean sharesPrefix(Keyword keyword, List<String> words, int length) {
        if (keyword.words().size() < length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (!keyword.words().get(i).equals(word(words, i))) {
                return false;
            }
        }
        return true;
    }

    private static String word(List<String> words, int index) {
        return index < words.size() ? words.get(index) : "";
    }

    /** strcmp order: unsigned bytes, which for Latin-1 text is char order. */
    private static int compareBytes(String a, String b) {
        return a.compareTo(b);
    }
}
