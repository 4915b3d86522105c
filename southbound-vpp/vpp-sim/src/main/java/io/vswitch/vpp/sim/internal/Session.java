package io.vswitch.vpp.sim.internal;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.vswitch.vpp.api.codec.MessageDescriptor;
import io.vswitch.vpp.api.codec.MessageHeader;
import io.vswitch.vpp.api.definition.VppEvent;
import io.vswitch.vpp.api.definition.VppMessageBody;
import io.vswitch.vpp.api.transport.VppFrames;
import io.vswitch.vpp.sim.spi.ClientSession;
import java.util.concurrent.TimeUnit;

/**
 * One connected client: its registration handle, and the buffer its replies of the current read batch are
 * framed into (one write and one flush per batch).
 */
final class Session implements ClientSession {
    /** VPP's {@code SOCK_API_REG_HANDLE_BIT}: socket client handles have the top bit set. */
    static final int HANDLE_BIT = 0x8000_0000;
    private static final int INITIAL_BUFFER = 4096;

    private final Channel channel;
    private final int clientIndex;
    private final SimEngine engine;
    private String name = "";
    /** The batch buffer; the empty buffer while nothing is queued. */
    private ByteBuf pending = Unpooled.EMPTY_BUFFER;
    private long lastDeadline;
    private boolean closeAfterFlush;

    Session(final Channel channel, final int registrationIndex, final SimEngine engine) {
        this.channel = channel;
        this.clientIndex = registrationIndex | HANDLE_BIT;
        this.engine = engine;
    }

    @Override
    public int clientIndex() {
        return clientIndex;
    }

    /**
     * The registration pool index (the handle without its top bit).
     *
     * @return the index, 1 for the first client
     */
    int registrationIndex() {
        return clientIndex & ~HANDLE_BIT;
    }

    @Override
    public String name() {
        return name;
    }

    void setName(final String newName) {
        name = newName;
    }

    @Override
    public boolean isOpen() {
        return channel.isActive();
    }

    Channel channel() {
        return channel;
    }

    @Override
    public void sendEvent(final VppEvent event) {
        engine.sendEvent(this, event);
    }

    /**
     * The buffer of the current batch; registers this session for the end-of-batch flush.
     *
     * @return the buffer to frame messages into
     */
    ByteBuf out() {
        ByteBuf buf = pending;
        if (buf == Unpooled.EMPTY_BUFFER) {
            buf = channel.alloc().ioBuffer(INITIAL_BUFFER);
            pending = buf;
            engine.markPending(this);
        }
        return buf;
    }

    /**
     * Frames one message: {@code u16 id}, the header the descriptor defines ({@code context} of a reply or details,
     * after this session's {@code client_index} where VPP puts one there too; {@code client_index} of an event),
     * then the body.
     *
     * @param <T> the body type
     * @param id the message id
     * @param second the header word after the id
     * @param descriptor the body's codec
     * @param body the body
     */
    @SuppressWarnings("checkstyle:IllegalCatch")
    <T extends VppMessageBody> void write(final int id, final int second, final MessageDescriptor<T> descriptor,
            final T body) {
        final ByteBuf out = out();
        final int start = VppFrames.reserveHeader(out);
        try {
            final MessageHeader header = descriptor.header();
            if (header.contextOffset() < 0) {
                // an event: its one header field is the client index
                header.write(out, id, second, 0);
            } else {
                // a reply or details; the few whose header also has the client index get this session's
                header.write(out, id, clientIndex, second);
            }
            descriptor.encode(body, out);
            VppFrames.completeHeader(out, start);
        } catch (RuntimeException e) {
            out.writerIndex(start);
            throw e;
        }
    }

    /**
     * Closes the connection once what is queued has been written (after {@code sockclnt_delete}).
     */
    void closeAfterFlush() {
        closeAfterFlush = true;
        out();
    }

    /**
     * Writes and flushes the batch, now or after the reply delay; delayed batches keep their order.
     *
     * @param delayNanos the reply delay
     */
    void flush(final long delayNanos) {
        final ByteBuf buf = pending;
        pending = Unpooled.EMPTY_BUFFER;
        if (buf == Unpooled.EMPTY_BUFFER) {
            return;
        }
        final boolean close = closeAfterFlush;
        final long now = System.nanoTime();
        if (delayNanos == 0 && lastDeadline - now <= 0) {
            writeNow(buf, close);
            return;
        }
        final long deadline = Math.max(now + delayNanos, lastDeadline);
        lastDeadline = deadline;
        channel.eventLoop().schedule(() -> writeNow(buf, close), deadline - now, TimeUnit.NANOSECONDS);
    }

    private void writeNow(final ByteBuf buf, final boolean close) {
        if (close) {
            channel.writeAndFlush(buf).addListener(ChannelFutureListener.CLOSE);
        } else {
            channel.writeAndFlush(buf, channel.voidPromise());
        }
    }

    /**
     * Drops whatever is queued (the connection is gone).
     */
    void discard() {
        final ByteBuf buf = pending;
        pending = Unpooled.EMPTY_BUFFER;
        buf.release();
    }
}
