package io.vswitch.vpp.api.message.core;

import io.vswitch.vpp.api.definition.VppMessage;
import io.vswitch.vpp.api.definition.VppRequest;

/**
 * Asks the API modules VPP has loaded (core modules and plugins) with their versions.
 */
@VppMessage(name = "api_versions", crc = "51077d14", area = CoreMessages.AREA)
public record ApiVersions() implements VppRequest<ApiVersionsReply> {
}
