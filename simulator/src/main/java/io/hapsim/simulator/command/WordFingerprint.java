package io.hapsim.simulator.command;

/**
 * A word's "shape": counts of transitions between character classes (each letter, digit, other, and the word's
 * start and end). HAProxy ranks its "maybe you meant" suggestions by the distance between such fingerprints;
 * reproducing the measure is what makes hapsim suggest the same commands.
 */
public final class WordFingerprint {

    private static final int SIZE = 1024;
    private static final int DIGIT = 27;
    private static final int OTHER = 28;

    private final int[] counts = new int[SIZE];

    /** Adds a word's transitions to this fingerprint (several words accumulate). */
    public WordFingerprint add(String word) {
        int from = OTHER;
        for (int i = 0; i < word.length(); i++) {
            int to = classOf(word.charAt(i));
            counts[to] = 1;
            counts[32 * from + to]++;
            from = to;
        }
        counts[32 * from + OTHER]++;
        return this;
    }

    public int distance(WordFingerprint other) {
        int distance = 0;
        for (int i = 0; i < SIZE; i++) {
            // HAProxy keeps the counts in bytes, so they wrap at 256
            distance += Math.abs((counts[i] & 0xff) - (other.counts[i] & 0xff));
        }
        return distance;
    }

    private static int classOf(char c) {
        char lower = Character.toLowerCase(c);
        if (lower >= 'a' && lower <= 'z') {
            return lower - 'a' + 1;
        }
        if (c >= '0' && c <= '9') {
            return DIGIT;
        }
        return OTHER;
    }
}
