package io.hapsim.simulator.fuzz;

import java.util.ArrayList;
import java.util.List;

/**
 * The CLI's word splitting done another way, to check {@code CommandWords} against: the C string walk HAProxy 2.4
 * to 3.1 make over a NUL-terminated buffer (skip blanks, stop at a NUL there; a word runs to a blank, a NUL or the
 * end, a backslash taking the byte after it unless that is a NUL), then each word unescaped up to its own NUL.
 */
final class ReferenceWords {

    private ReferenceWords() {
    }

    /** Every word of the command, however many. */
    static List<String> split(String command) {
        char[] buffer = (command + '\0').toCharArray();
        int end = command.length();
        List<String> words = new ArrayList<>();
        int p = 0;
        while (p < end) {
            while (buffer[p] == ' ' || buffer[p] == '\t') {
                p++;
            }
            if (buffer[p] == '\0') {
                break;
            }
            int start = p;
            while (true) {
                while (buffer[p] != ' ' && buffer[p] != '\t' && buffer[p] != '\\' && buffer[p] != '\0') {
                    p++;
                }
                if (buffer[p] != '\\' || buffer[++p] == '\0' || buffer[++p] == '\0') {
                    break;
                }
            }
            words.add(unescape(buffer, start, p));
            p++; // past the byte that ended the word, which HAProxy overwrites with a NUL
        }
        return words;
    }

    private static String unescape(char[] buffer, int start, int end) {
        StringBuilder word = new StringBuilder();
        for (int k = start; k < end && buffer[k] != '\0'; k++) {
            if (buffer[k] == '\\') {
                if (k + 1 < end && buffer[k + 1] == '\\') {
                    k++;
                } else {
                    continue;
                }
            }
            word.append(buffer[k]);
        }
        return word.toString();
    }
}
