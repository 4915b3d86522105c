/**
 * The pipelined client of VPP's binary API: {@link io.vswitch.vpp.api.client.VppClient} keeps a connection
 * (reconnecting when VPP restarts), {@link io.vswitch.vpp.api.client.VppSession} is one connection's lifetime
 * with its compatibility report; both send requests and dumps asynchronously and deliver events.
 */
@org.eclipse.jdt.annotation.NonNullByDefault
package io.vswitch.vpp.api.client;
