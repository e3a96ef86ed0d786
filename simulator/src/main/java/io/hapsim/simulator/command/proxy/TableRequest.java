package io.hapsim.simulator.command.proxy;

import io.hapsim.simulator.command.CommandContext;
import io.hapsim.simulator.command.Reply;
import io.hapsim.simulator.session.AccessLevel;
import io.hapsim.simulator.state.proxy.StickTable;
import io.hapsim.simulator.state.proxy.StickTableEntries;
import io.hapsim.simulator.state.proxy.TableDataType;
import io.hapsim.simulator.state.proxy.TableKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * What "show/set/clear table &lt;table&gt;" share: the table named, and how the words after it (key &lt;k&gt;,
 * ptr &lt;p&gt;, data filters) are read, with HAProxy's errors.
 */
final class TableRequest {

    private static final List<String> OPERATORS = List.of("eq", "ne", "le", "ge", "lt", "gt");
    /** How many data filters a request may give. */
    private static final int FILTERS = 4;

    final CommandContext ctx;
    final StickTable table;
    final StickTableEntries entries;
    final TableRules rules;

    /** The outcome of reading a key or a pointer: the entry (if any) it names, or the error to answer. */
    record Lookup(Optional<TableKey> key, Optional<StickTableEntries.Listed> entry, Reply error) {
        static Lookup failed(String message) {
            return new Lookup(Optional.empty(), Optional.empty(), Reply.error(message));
        }
    }

    private TableRequest(CommandContext ctx, StickTable table, TableRules rules) {
        this.ctx = ctx;
        this.table = table;
        this.entries = ctx.runtime().proxies().entries(table);
        this.rules = rules;
    }

    static TableRules rules(CommandContext ctx) {
        return ProxyBehaviour.of(ctx.profile()).tables();
    }

    /** The table the third word names, or empty when there is none (the caller answers "No such table"). */
    static Optional<TableRequest> of(CommandContext ctx) {
        return ctx.runtime().proxies().table(ctx.arg(2)).map(table -> new TableRequest(ctx, table, rules(ctx)));
    }

    String word() {
        return ctx.arg(3);
    }

    /** Whether the connection may see and change entries (operator and above). */
    boolean mayTouchEntries() {
        return ctx.session().level().atLeast(AccessLevel.OPERATOR);
    }

    /**
     * "key &lt;k&gt;": the key read as the version reads it for this table's type, and its entry. A binary table's
     * key is not looked up: {@code binaryRefusal} is the answer.
     */
    Lookup byKey(String binaryRefusal) {
        String text = ctx.arg(4);
        if (text.isEmpty()) {
            return Lookup.failed("Key value expected\n");
        }
        Optional<TableKey> key = TableKey.parse(table, text, rules.strictKeys());
        if (key.isEmpty()) {
            return Lookup.failed("Invalid key\n");
        }
        if (table.type().equals("binary")) {
            return new Lookup(key, Optional.empty(), Reply.error(binaryRefusal));
        }
        return new Lookup(key, entries.lookup(key.get()), null);
    }

    /**
     * The answer below operator once a key or pointer was read: permission denied, the entry found (or created by
     * set) left held where the version does so.
     */
    Reply refused(Lookup lookup, boolean creates) {
        if (rules.refusedLookupHeld() && lookup.key().isPresent()) {
            if (creates) {
                entries.set(lookup.key().get(), List.of());
            }
            entries.hold(lookup.key().get());
        }
        return Reply.permissionDenied();
    }

    /**
     * Whether the words name one entry ("key &lt;k&gt;", or "ptr &lt;p&gt;" where the version knows pointers).
     */
    boolean namesOneEntry() {
        return word().equals("key") || word().equals("ptr") && rules.pointers();
    }

    /**
     * The entry "key" or "ptr" names, for show and clear: the lookup, or as its error the answer that ends the
     * command (the key or pointer refused, or the connection below operator). {@code binaryRefusal}: what a
     * binary table's key gets.
     */
    Lookup oneEntry(String binaryRefusal) {
        Lookup lookup = word().equals("key") ? byKey(binaryRefusal) : byPointer();
        if (lookup.error() == null && !mayTouchEntries()) {
            return new Lookup(lookup.key(), lookup.entry(), refused(lookup, false));
        }
        return lookup;
    }

    /** "ptr &lt;p&gt;" (3.0+): the entry at that address, which must exist. */
    Lookup byPointer() {
        String text = ctx.arg(4);
        if (!text.startsWith("0x")) {
            return Lookup.failed("Pointer expected (0xffff notation)\n");
        }
        String digits = text.substring(2);
        if (digits.isEmpty() || digits.length() > 16 || !digits.matches("[0-9a-fA-F]+")) {
            return Lookup.failed("Malformed ptr.\n");
        }
        Optional<StickTableEntries.Listed> entry = entries.byPointer(Long.parseUnsignedLong(digits, 16));
        if (entry.isEmpty()) {
            return Lookup.failed("No entry can be found matching ptr.\n");
        }
        return new Lookup(entry.map(StickTableEntries.Listed::key), entry, null);
    }

    /** The data filters from the fourth word on, as one test of an entry; or the error they make. */
    Filters filters() {
        List<Predicate<StickTableEntries.Listed>> tests = new ArrayList<>();
        int filter = 0;
        for (; filter < FILTERS; filter++) {
            int at = 3 + 3 * filter;
            if (filter > 0 && ctx.arg(at).isEmpty()) {
                break;
            }
            String prefix = "Filter entry #" + (filter + 1) + ": ";
            String word = ctx.arg(at);
            Optional<TableDataType> type = TableDataType.named(word.length() > 5 ? word.substring(5) : "");
            if (type.isEmpty()) {
                return Filters.failed(prefix + "Unknown data type\n");
            }
            if (!table.stores(type.get())) {
                return Filters.failed(prefix + "Data type not stored in this table\n");
            }
            int operator = OPERATORS.indexOf(ctx.arg(at + 1));
            if (operator < 0) {
                return Filters.failed(prefix
                        + "Require and operator among \"eq\", \"ne\", \"le\", \"ge\", \"lt\", \"gt\"\n");
            }
            Optional<Long> value = integer(ctx.arg(at + 2));
            if (value.isEmpty()) {
                return Filters.failed(prefix + "Require a valid integer value to compare against\n");
            }
            int slot = table.slot(type.get());
            tests.add(entry -> compares(OPERATORS.get(operator), entry.values()[slot], value.get()));
        }
        int next = 3 + 3 * filter;
        if (!ctx.arg(next).isEmpty()) {
            return Filters.failed("Detected extra data in filter, " + (next + 1) + "th word of input, after '"
                    + ctx.arg(next - 1) + "'\n");
        }
        return new Filters(entry -> tests.stream().allMatch(test -> test.test(entry)), null);
    }

    /** A test of an entry's data, or the error the filters make. */
    record Filters(Predicate<StickTableEntries.Listed> test, Reply error) {
        static Filters failed(String message) {
            return new Filters(entry -> false, Reply.error(message));
        }
    }

    private static boolean compares(String operator, long data, long value) {
        return switch (operator) {
            case "eq" -> data == value;
            case "ne" -> data != value;
            case "le" -> data <= value;
            case "ge" -> data >= value;
            case "lt" -> data < value;
            default -> data > value;
        };
    }

    /** A whole signed decimal number, as strl2llrc reads it. */
    static Optional<Long> integer(String text) {
        if (!text.matches("-?\\d{1,19}")) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
