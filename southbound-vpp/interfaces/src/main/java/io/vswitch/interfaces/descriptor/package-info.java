/**
 * The renderer descriptors of the interfaces area: one per kind of item (the interfaces themselves, the memif
 * socket files, and each derived aspect of an interface), calling VPP through the node's
 * {@link io.vswitch.vpp.api.client.VppSession}.
 */
@NonNullByDefault
package io.vswitch.interfaces.descriptor;

import org.eclipse.jdt.annotation.NonNullByDefault;
