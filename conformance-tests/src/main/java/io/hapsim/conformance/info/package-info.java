/** Instances that run a test's own configuration, real or simulated, for the live differentials and the client's. */
package io.hapsim.conformance.info;
