/**
 * The simulator's machinery, not an API: the Netty server, the sessions, the id table, the dispatch of
 * messages to area handlers, fault injection.
 */
@org.eclipse.jdt.annotation.NonNullByDefault
package io.vswitch.vpp.sim.internal;
