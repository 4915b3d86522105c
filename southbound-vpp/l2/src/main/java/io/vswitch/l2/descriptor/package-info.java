/**
 * The descriptors of the L2 area: bridge domains, their members, FIB and ARP-termination entries, cross-connects.
 */
@NonNullByDefault
package io.vswitch.l2.descriptor;

import org.eclipse.jdt.annotation.NonNullByDefault;
