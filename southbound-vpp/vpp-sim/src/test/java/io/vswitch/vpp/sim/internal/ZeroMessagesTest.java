package io.vswitch.vpp.sim.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.vswitch.vpp.api.codec.MessageDescriptor;
import io.vswitch.vpp.api.codec.MessageKind;
import io.vswitch.vpp.api.codec.MessageRegistry;
import io.vswitch.vpp.api.codec.VppMessages;
import io.vswitch.vpp.api.definition.VppReply;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ZeroMessagesTest {
    private static <T extends VppReply> void roundTrip(final ZeroMessages zeros, final MessageDescriptor<T> reply) {
        final T failed = zeros.withRetval(reply, -3);
        assertEquals(-3, failed.retval(), reply.name());
        final ByteBuf out = Unpooled.buffer();
        reply.encode(failed, out);
        assertEquals(-3, reply.decode(out).retval(), reply.name());
    }

    @Test
    void everyReplyWithARetvalFieldCanCarryAnError() {
        final MessageRegistry registry = MessageRegistry.of(VppMessages.all());
        final ZeroMessages zeros = new ZeroMessages();
        int replies = 0;
        int checked = 0;
        for (MessageDescriptor<?> descriptor : registry.all()) {
            if (descriptor.kind() != MessageKind.REPLY) {
                continue;
            }
            replies++;
            final boolean hasRetval = Arrays.stream(descriptor.type().getRecordComponents())
                .anyMatch(component -> component.getName().equals("retval"));
            if (hasRetval) {
                roundTrip(zeros, cast(descriptor));
                checked++;
            }
        }
        assertEquals(replies - 2, checked, "all but the handshake's replies (response instead of retval)");
    }

    @SuppressWarnings("unchecked")
    private static MessageDescriptor<VppReply> cast(final MessageDescriptor<?> descriptor) {
        return (MessageDescriptor<VppReply>) descriptor;
    }
}
