/**
 * Tap v2 interfaces (tapv2.api).
 *
 * <p>The enums of this area are declared here for the codec: their underlying integer type.
 */
@VppAlias(name = "vl_api_tap_flags_t", type = "u32")
@org.eclipse.jdt.annotation.NonNullByDefault
package io.vswitch.vpp.api.message.tap;

import io.vswitch.vpp.api.definition.VppAlias;
