/**
 * The core messages every VPP serves: the socket client handshake and close (memclnt), control ping, version,
 * CLI and the loaded API modules (vpe, vlib).
 */
@org.eclipse.jdt.annotation.NonNullByDefault
package io.vswitch.vpp.api.message.core;
