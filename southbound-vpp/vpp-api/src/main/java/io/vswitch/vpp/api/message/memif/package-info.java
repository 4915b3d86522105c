/**
 * Memif interfaces and their socket files (memif plugin).
 *
 * <p>The enums of this area are declared here for the codec: their underlying integer type.
 */
@VppAlias(name = "vl_api_memif_role_t", type = "u32")
@VppAlias(name = "vl_api_memif_mode_t", type = "u32")
@org.eclipse.jdt.annotation.NonNullByDefault
package io.vswitch.vpp.api.message.memif;

import io.vswitch.vpp.api.definition.VppAlias;
