/**
 * The simulator's feature areas, one sub-package each, and what they share: conversions between the API's
 * types and the state's.
 */
@org.eclipse.jdt.annotation.NonNullByDefault
package io.vswitch.vpp.sim.area;
