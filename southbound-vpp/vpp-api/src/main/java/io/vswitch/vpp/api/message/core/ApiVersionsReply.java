package io.vswitch.vpp.api.message.core;

import io.vswitch.vpp.api.definition.VppField;
import io.vswitch.vpp.api.definition.VppMessage;
import io.vswitch.vpp.api.definition.VppReply;
import java.util.List;

/**
 * The API modules VPP has loaded.
 *
 * @param retval 0 on success
 * @param count the number of modules
 * @param apiVersions each module's name and version
 */
@VppMessage(name = "api_versions_reply", crc = "5f0d99d6", area = CoreMessages.AREA)
public record ApiVersionsReply(
        @VppField("i32") int retval,
        @VppField("u32") int count,
        @VppField(value = "vl_api_module_version_t", length = 0, lengthFrom = "count") List<ModuleVersion> apiVersions)
        implements VppReply {
}
