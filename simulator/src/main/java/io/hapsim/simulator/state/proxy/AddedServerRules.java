package io.hapsim.simulator.state.proxy;

/**
 * How a version sets up a server added at run time ("add server"), where versions differ.
 *
 * @param keepsDisabled          a "disabled" keyword marks its maintenance as the configuration's (before 3.3)
 * @param weightShownAfterChange show stat gives its weight as the default 1 until its first state or weight change
 *                               (before 3.3)
 */
public record AddedServerRules(boolean keepsDisabled, boolean weightShownAfterChange) {
}
