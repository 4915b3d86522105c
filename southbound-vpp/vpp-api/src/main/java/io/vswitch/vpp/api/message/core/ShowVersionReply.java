package io.vswitch.vpp.api.message.core;

import io.vswitch.vpp.api.definition.VppField;
import io.vswitch.vpp.api.definition.VppMessage;
import io.vswitch.vpp.api.definition.VppReply;

/**
 * VPP's version.
 *
 * @param retval 0 on success
 * @param program the program name ({@code vpe})
 * @param version the version, e.g. {@code 26.06-release}
 * @param buildDate the build date
 * @param buildDirectory the build's workspace
 */
@VppMessage(name = "show_version_reply", crc = "c919bde1", area = CoreMessages.AREA)
public record ShowVersionReply(
        @VppField("i32") int retval,
        @VppField(value = "string", length = 32) String program,
        @VppField(value = "string", length = 32) String version,
        @VppField(value = "string", length = 32) String buildDate,
        @VppField(value = "string", length = 256) String buildDirectory) implements VppReply {
}
