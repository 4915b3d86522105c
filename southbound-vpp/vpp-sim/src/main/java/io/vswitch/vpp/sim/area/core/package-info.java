/**
 * The core area: {@code control_ping}, {@code show_version}, {@code api_versions}, {@code cli_inband} and the
 * {@code show version} CLI (modules memclnt, vlib, vpe).
 */
@org.eclipse.jdt.annotation.NonNullByDefault
package io.vswitch.vpp.sim.area.core;
