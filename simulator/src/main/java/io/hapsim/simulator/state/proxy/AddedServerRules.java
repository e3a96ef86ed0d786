package io.hapsim.simulator.state.proxy;

/**
 * How a version sets up a server added at run time ("add server"), where versions differ.
 *
 * @param keepsDisabled          a "disabled" keyword marks its maintenance as the configuration's (before 3.3)
 * @param weightShownAfterChange show stat gives its weight as the default 1 until its first state or weight change
 *                               (before 3.3)
 * @param noIdleConnections      it keeps no idle connection and purges none (2.x: both settings left at 0), where
 *                               the others may keep any number for 5 s
 */
public record AddedServerRules(boolean keepsDisabled, boolean weightShownAfterChange, boolean noIdleConnections) {
}
