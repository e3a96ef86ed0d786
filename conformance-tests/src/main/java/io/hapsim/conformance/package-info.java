/** Scenario replay and differential testing against the simulator and real HAProxy. */
package io.hapsim.conformance;
