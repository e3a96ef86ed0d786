/**
 * {@code ./hapsim proxy}: a transparent proxy in front of a Runtime API socket (real HAProxy or a simulator) that
 * can record what passes as a scenario and its golden, so that production traffic replays later with {@code
 * ./hapsim replay} against any target.
 *
 * <ul>
 *   <li>{@link io.hapsim.conformance.proxy.CliProxy}: listens, and pairs each client with its own upstream
 *       connection ({@link io.hapsim.conformance.proxy.ProxiedConnection}); bytes cross in {@link
 *       io.hapsim.conformance.proxy.Forwarder}, one per direction</li>
 *   <li>{@link io.hapsim.conformance.proxy.TrafficListener}: what a connection reports;
 *       {@link io.hapsim.conformance.proxy.ConnectionTimeline} keeps it with its instants</li>
 *   <li>{@link io.hapsim.conformance.proxy.RecordedSession} turns timelines into a scenario and a transcript,
 *       {@link io.hapsim.conformance.proxy.SessionRecorder} writes them, {@link
 *       io.hapsim.conformance.proxy.ScenarioText} lays the scenario out like the corpus files</li>
 *   <li>{@link io.hapsim.conformance.proxy.ProxyMain}: the command line</li>
 * </ul>
 */
package io.hapsim.conformance.proxy;
