package io.hapsim.conformance.replay.transcript;

import java.util.ArrayList;
import java.util.List;

/**
 * A unified diff of two lists of lines (the layout of Python's {@code difflib.unified_diff} with
 * {@code lineterm=""}). The alignment is a longest common subsequence of the part between the
 * common prefix and suffix; for huge inputs it falls back to one replaced block.
 */
public final class UnifiedDiff {
  private static final long MAX_CELLS = 16_000_000L;

  private UnifiedDiff() {}

  private record Op(char tag, int i1, int i2, int j1, int j2) {}

  public static List<String> diff(List<String> a, List<String> b, String labelA, String labelB, int context) {
    List<Op> ops = opcodes(a, b);
    List<String> out = new ArrayList<>();
    for (List<Op> group : grouped(ops, context)) {
      if (out.isEmpty()) {
        out.add("--- " + labelA);
        out.add("+++ " + labelB);
      }
      Op first = group.get(0);
      Op last = group.get(group.size() - 1);
      out.add("@@ -" + range(first.i1(), last.i2()) + " +" + range(first.j1(), last.j2()) + " @@");
      for (Op op : group) {
        if (op.tag() == 'e') {
          for (int i = op.i1(); i < op.i2(); i++) {
            out.add(" " + a.get(i));
          }
          continue;
        }
        for (int i = op.i1(); i < op.i2(); i++) {
          out.add("-" + a.get(i));
        }
        for (int j = op.j1(); j < op.j2(); j++) {
          out.add("+" + b.get(j));
        }
      }
    }
    return out;
  }

  private static String range(int start, int stop) {
    int beginning = start + 1;
    int length = stop - start;
    if (length == 1) {
      return Integer.toString(beginning);
    }
    if (length == 0) {
      beginning--;
    }
    return beginning + "," + length;
  }

  private static List<Op> opcodes(List<String> a, List<String> b) {
    int n = a.size();
    int m = b.size();
    int pre = 0;
    while (pre < n && pre < m && a.get(pre).equals(b.get(pre))) {
      pre++;
    }
    int suf = 0;
    while (suf < n - pre && suf < m - pre && a.get(n - 1 - suf).equals(b.get(m - 1 - suf))) {
      suf++;
    }
    // matched pairs (i, j), in order
    List<int[]> matches = new ArrayList<>();
    for (int k = 0; k < pre; k++) {
      matches.add(new int[] {k, k});
    }
    int an = n - pre - suf;
    int bm = m - pre - suf;
    if (an > 0 && bm > 0 && (long) an * bm <= MAX_CELLS) {
      int[][] lcs = new int[an + 1][bm + 1];
      for (int i = an - 1; i >= 0; i--) {
        for (int j = bm - 1; j >= 0; j--) {
          lcs[i][j] = a.get(pre + i).equals(b.get(pre + j))
              ? lcs[i + 1][j + 1] + 1
              : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
        }
      }
      int i = 0;
      int j = 0;
      while (i < an && j < bm) {
        if (a.get(pre + i).equals(b.get(pre + j))) {
          matches.add(new int[] {pre + i, pre + j});
          i++;
          j++;
        } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
          i++;
        } else {
          j++;
        }
      }
    }
    for (int k = suf; k > 0; k--) {
      matches.add(new int[] {n - k, m - k});
    }
    List<Op> ops = new ArrayList<>();
    int i = 0;
    int j = 0;
    int k = 0;
    while (k <= matches.size()) {
      int mi = k < matches.size() ? matches.get(k)[0] : n;
      int mj = k < matches.size() ? matches.get(k)[1] : m;
      if (i < mi || j < mj) {
        char tag = i < mi && j < mj ? 'r' : (i < mi ? 'd' : 'i');
        ops.add(new Op(tag, i, mi, j, mj));
      }
      if (k == matches.size()) {
        break;
      }
      // extend an equal run
      int ei = mi;
      int ej = mj;
      while (k < matches.size() && matches.get(k)[0] == ei && matches.get(k)[1] == ej) {
        ei++;
        ej++;
        k++;
      }
      ops.add(new Op('e', mi, ei, mj, ej));
      i = ei;
      j = ej;
    }
    return ops;
  }

  private static List<List<Op>> grouped(List<Op> codes, int n) {
    List<Op> c = new ArrayList<>(codes);
    if (c.isEmpty()) {
      c.add(new Op('e', 0, 1, 0, 1));
    }
    Op first = c.get(0);
    if (first.tag() == 'e') {
      c.set(0, new Op('e', Math.max(first.i1(), first.i2() - n), first.i2(), Math.max(first.j1(), first.j2() - n),
          first.j2()));
    }
    Op last = c.get(c.size() - 1);
    if (last.tag() == 'e') {
      c.set(c.size() - 1, new Op('e', last.i1(), Math.min(last.i2(), last.i1() + n), last.j1(),
          Math.min(last.j2(), last.j1() + n)));
    }
    List<List<Op>> groups = new ArrayList<>();
    List<Op> group = new ArrayList<>();
    for (Op op : c) {
      int i1 = op.i1();
      int j1 = op.j1();
      if (op.tag() == 'e' && op.i2() - op.i1() > 2 * n) {
        group.add(new Op('e', i1, Math.min(op.i2(), i1 + n), j1, Math.min(op.j2(), j1 + n)));
        groups.add(group);
        group = new ArrayList<>();
        i1 = Math.max(i1, op.i2() - n);
        j1 = Math.max(j1, op.j2() - n);
      }
      group.add(new Op(op.tag(), i1, op.i2(), j1, op.j2()));
    }
    if (!group.isEmpty() && !(group.size() == 1 && group.get(0).tag() == 'e')) {
      groups.add(group);
    }
    // the first group may be a lone context block when the first op was a long equal run
    groups.removeIf(g -> g.stream().allMatch(o -> o.tag() == 'e'));
    return groups;
  }
}
