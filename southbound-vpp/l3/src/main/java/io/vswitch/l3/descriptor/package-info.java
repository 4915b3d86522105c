/**
 * The renderer descriptors of the L3 area, calling VPP through the node's
 * {@link io.vswitch.vpp.api.client.VppSession}.
 */
@NonNullByDefault
package io.vswitch.l3.descriptor;

import org.eclipse.jdt.annotation.NonNullByDefault;
