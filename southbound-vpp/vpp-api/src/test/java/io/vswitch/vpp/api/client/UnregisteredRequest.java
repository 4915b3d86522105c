package io.vswitch.vpp.api.client;

import io.vswitch.vpp.api.definition.VppMessage;
import io.vswitch.vpp.api.definition.VppRequest;
import io.vswitch.vpp.api.message.core.ControlPingReply;

/**
 * A well-formed message definition missing from the registry the tests use.
 */
@VppMessage(name = "test_unregistered", crc = "00000000", area = "test")
record UnregisteredRequest() implements VppRequest<ControlPingReply> {
}
