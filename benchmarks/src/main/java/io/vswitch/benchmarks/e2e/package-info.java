/**
 * The end-to-end benchmark: the assembled controller (its own JVM) programming the simulator (another JVM), driven
 * over RESTCONF by a third JVM, from the client's write until the operational status reads {@code applied}.
 */
@org.eclipse.jdt.annotation.NonNullByDefault
package io.vswitch.benchmarks.e2e;
