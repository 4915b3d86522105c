package io.vswitch.vpp.api.message.core;

import io.vswitch.vpp.api.definition.VppMessageBody;
import java.util.List;

/**
 * The messages of the {@code core} area.
 */
public final class CoreMessages {
    /**
     * The area name, as in {@code @VppMessage(area = ...)}.
     */
    public static final String AREA = "core";

    /**
     * Every message record of the area.
     */
    public static final List<Class<? extends VppMessageBody>> ALL = List.of(
        SockclntCreate.class, SockclntCreateReply.class,
        SockclntDelete.class, SockclntDeleteReply.class,
        ControlPing.class, ControlPingReply.class,
        ShowVersion.class, ShowVersionReply.class,
        CliInband.class, CliInbandReply.class,
        ApiVersions.class, ApiVersionsReply.class);

    private CoreMessages() {
        // constants only
    }
}
