/**
 * The L3 feature area: VRF tables, static routes, static neighbours and proxy ARP; its item keys.
 */
@NonNullByDefault
package io.vswitch.l3;

import org.eclipse.jdt.annotation.NonNullByDefault;
