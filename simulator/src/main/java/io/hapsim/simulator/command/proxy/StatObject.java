package io.hapsim.simulator.command.proxy;

/** The kinds of show stat lines, with their typed-output letter, JSON name and "type" filter bit. */
enum StatObject {
    FRONTEND("F", "Frontend", 1),
    BACKEND("B", "Backend", 2),
    SERVER("S", "Server", 4);

    private final String letter;
    private final String jsonName;
    private final int filterBit;

    StatObject(String letter, String jsonName, int filterBit) {
        this.letter = letter;
        this.jsonName = jsonName;
        this.filterBit = filterBit;
    }

    String letter() {
        return letter;
    }

    String jsonName() {
        return jsonName;
    }

    /** Whether the "type" argument of "show stat <iid> <type> <sid>" selects this kind. */
    boolean selectedBy(int typeMask) {
        return (typeMask & filterBit) != 0;
    }
}
