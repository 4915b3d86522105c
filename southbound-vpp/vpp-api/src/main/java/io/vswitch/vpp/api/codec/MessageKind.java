package io.vswitch.vpp.api.codec;

/**
 * What role a message plays, from the {@code definition} interface its record implements.
 */
public enum MessageKind {
    /**
     * A {@link io.vswitch.vpp.api.definition.VppRequest}: answered by one reply.
     */
    REQUEST(MessageHeader.CLIENT_INDEX_CONTEXT),
    /**
     * A {@link io.vswitch.vpp.api.definition.VppDump}: answered by details, closed by {@code control_ping_reply}.
     */
    DUMP(MessageHeader.CLIENT_INDEX_CONTEXT),
    /**
     * A {@link io.vswitch.vpp.api.definition.VppReply}.
     */
    REPLY(MessageHeader.CONTEXT),
    /**
     * A {@link io.vswitch.vpp.api.definition.VppDetails}.
     */
    DETAILS(MessageHeader.CONTEXT),
    /**
     * A {@link io.vswitch.vpp.api.definition.VppEvent}: pushed by VPP without a context.
     */
    EVENT(MessageHeader.CLIENT_INDEX);

    private final MessageHeader defaultHeader;

    MessageKind(final MessageHeader defaultHeader) {
        this.defaultHeader = defaultHeader;
    }

    /**
     * The header messages of this kind usually have.
     */
    public MessageHeader defaultHeader() {
        return defaultHeader;
    }

    /**
     * Whether messages of this kind go from the client to VPP.
     */
    public boolean isFromClient() {
        return this == REQUEST || this == DUMP;
    }
}
