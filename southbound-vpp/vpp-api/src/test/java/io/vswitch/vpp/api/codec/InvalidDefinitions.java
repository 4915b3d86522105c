package io.vswitch.vpp.api.codec;

import io.vswitch.vpp.api.definition.VppDetails;
import io.vswitch.vpp.api.definition.VppField;
import io.vswitch.vpp.api.definition.VppMessage;
import io.vswitch.vpp.api.definition.VppReply;
import io.vswitch.vpp.api.definition.VppRequest;
import java.util.List;

/**
 * Message definitions a registry must refuse, each for one reason; and valid ones to pair them with.
 */
public final class InvalidDefinitions {
    private InvalidDefinitions() {
        // holder
    }

    @VppMessage(name = "test_reply", crc = "00000001", area = "test")
    public record TestReply(@VppField("i32") int retval) implements VppReply {
    }

    @VppMessage(name = "test_reply", crc = "00000001", area = "test")
    public record DuplicateReply(@VppField("i32") int retval) implements VppReply {
    }

    @VppMessage(name = "missing_field", crc = "00000002", area = "test")
    public record MissingField(int value) implements VppRequest<TestReply> {
    }

    @VppMessage(name = "too_narrow", crc = "00000003", area = "test")
    public record TooNarrow(@VppField("u32") short value) implements VppRequest<TestReply> {
    }

    @VppMessage(name = "bad_count", crc = "00000004", area = "test")
    public record BadCount(
            @VppField("u32") int count,
            @VppField(value = "u32", length = 0, lengthFrom = "nope") int[] values) implements VppRequest<TestReply> {
    }

    @VppMessage(name = "unknown_type", crc = "00000005", area = "test")
    public record UnknownType(@VppField("vl_api_nope_t") int value) implements VppRequest<TestReply> {
    }

    @VppMessage(name = "bad_crc", crc = "0x1234", area = "test")
    public record BadCrc(@VppField("u32") int value) implements VppRequest<TestReply> {
    }

    @VppMessage(name = "two_kinds", crc = "00000006", area = "test")
    public record TwoKinds(@VppField("i32") int retval) implements VppReply, VppDetails {
    }

    @VppMessage(name = "wide_values", crc = "00000007", area = "test")
    public record WideValues(
            @VppField("u8") long wideByte,
            @VppField("i16") int signedShort,
            @VppField("u16") short unsignedShort,
            @VppField("u32") long unsignedInt,
            @VppField("u8") byte narrowByte,
            @VppField(value = "u16", length = 2) int[] shorts,
            @VppField(value = "vl_api_mac_address_t", length = 2) List<byte[]> macs) implements VppRequest<TestReply> {
    }
}
