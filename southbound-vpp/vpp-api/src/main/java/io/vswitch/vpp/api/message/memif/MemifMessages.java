package io.vswitch.vpp.api.message.memif;

import io.vswitch.vpp.api.definition.VppMessageBody;
import java.util.List;

/**
 * The messages of the {@code memif} area.
 */
public final class MemifMessages {
    /**
     * The area name, as in {@code @VppMessage(area = ...)}.
     */
    public static final String AREA = "memif";

    /**
     * Every message record of the area.
     */
    public static final List<Class<? extends VppMessageBody>> ALL = List.of(
        MemifSocketFilenameAddDelV2.class,
        MemifSocketFilenameAddDelV2Reply.class,
        MemifCreateV2.class,
        MemifCreateV2Reply.class,
        MemifDelete.class,
        MemifDeleteReply.class,
        MemifDump.class,
        MemifDetails.class,
        MemifSocketFilenameDump.class,
        MemifSocketFilenameDetails.class);

    private MemifMessages() {
        // constants only
    }
}
