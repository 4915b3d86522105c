/**
 * Interfaces: listing, admin state, MTU, MAC, addresses, VRF binding, unnumbered, tags, rx mode, events,
 * loopbacks and VLAN sub-interfaces (interface.api, and ip.api's address dump).
 */
@org.eclipse.jdt.annotation.NonNullByDefault
package io.vswitch.vpp.api.message.interfaces;
