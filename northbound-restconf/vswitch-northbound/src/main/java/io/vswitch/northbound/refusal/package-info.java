/**
 * RESTCONF answers for commits refused by the vSwitch validation: 400 invalid-value instead of OpenDaylight's
 * 500 (its RESTCONF maps every refused commit to operation-failed).
 */
@NonNullByDefault
package io.vswitch.northbound.refusal;

import org.eclipse.jdt.annotation.NonNullByDefault;
