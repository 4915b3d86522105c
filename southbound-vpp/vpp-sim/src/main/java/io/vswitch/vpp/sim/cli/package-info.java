/**
 * The simulated VPP debug CLI behind {@code cli_inband}: a tree of commands matched word by word with unique
 * prefixes, as VPP's {@code vlib_cli_dispatch_sub_commands} does, and the formatting of VPP's text output.
 */
@org.eclipse.jdt.annotation.NonNullByDefault
package io.vswitch.vpp.sim.cli;
