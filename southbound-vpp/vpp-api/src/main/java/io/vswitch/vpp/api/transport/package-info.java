/**
 * The transport of VPP's binary API: framing of messages on a Unix stream socket and the Netty channels that
 * carry them. Knows nothing of message contents beyond the frame header.
 */
@org.eclipse.jdt.annotation.NonNullByDefault
package io.vswitch.vpp.api.transport;
