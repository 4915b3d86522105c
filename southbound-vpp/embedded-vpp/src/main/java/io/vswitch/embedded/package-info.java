/**
 * The embedded default dataplane: a fresh controller gets node vpp1, on the local VPP or on a simulator.
 */
@org.eclipse.jdt.annotation.NonNullByDefault
package io.vswitch.embedded;
