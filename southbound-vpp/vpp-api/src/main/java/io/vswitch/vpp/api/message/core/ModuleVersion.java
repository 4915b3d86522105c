package io.vswitch.vpp.api.message.core;

import io.vswitch.vpp.api.definition.VppField;
import io.vswitch.vpp.api.definition.VppType;

/**
 * One loaded API module (e.g. {@code interface}, {@code memif}) and its version.
 *
 * @param major the major version
 * @param minor the minor version
 * @param patch the patch version
 * @param name the module's name
 */
@VppType("vl_api_module_version_t")
public record ModuleVersion(
        @VppField("u32") int major,
        @VppField("u32") int minor,
        @VppField("u32") int patch,
        @VppField(value = "string", length = 64) String name) {
}
