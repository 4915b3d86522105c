/**
 * The southbound benchmark: the VPP API client against the simulator, in separate JVMs.
 */
@org.eclipse.jdt.annotation.NonNullByDefault
package io.vswitch.benchmarks.southbound;
