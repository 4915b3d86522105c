/**
 * The client's machinery: handshake, per-connection message tables, the pipeline stages that decode replies and
 * match them to calls, and reconnection. Not exported.
 */
@org.eclipse.jdt.annotation.NonNullByDefault
package io.vswitch.vpp.api.client.impl;
