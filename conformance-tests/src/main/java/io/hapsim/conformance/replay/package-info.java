/**
 * Scenario replayer: runs the conformance scenarios (JSON) against a {@link
 * io.hapsim.conformance.replay.target.Target}, records golden-format transcripts and compares them.
 *
 * <p>It follows the format and the rules of {@code conformance-tests/corpus/README.md} and of the Python
 * reference tool {@code shared/tools/hatranscript.py} (same bytes sent in the same writes, same
 * normalisation, same recorded fields, same rendering for comparison), so that a transcript
 * recorded here compares equal with the goldens recorded by the reference tool.
 *
 * <ul>
 *   <li>{@code scenario}: the scenario model and its JSON loader, generators</li>
 *   <li>{@code text}: templates, escaping, line splitting, normalisation, Python-compatible regex and JSON</li>
 *   <li>{@code net}: one client connection (reader thread, stall-aware writes)</li>
 *   <li>{@code run}: the scenario runner</li>
 *   <li>{@code transcript}: the golden model, its JSON form, rendering and diffs</li>
 *   <li>{@code target}: what scenarios run against (fresh real HAProxy, existing sockets, ...)</li>
 *   <li>{@code check}: golden checks and summaries</li>
 * </ul>
 */
package io.hapsim.conformance.replay;
