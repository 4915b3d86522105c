package io.vswitch.vpp.api.message.tap;

import io.vswitch.vpp.api.definition.VppMessageBody;
import java.util.List;

/**
 * The messages of the {@code tap} area.
 */
public final class TapMessages {
    /**
     * The area name, as in {@code @VppMessage(area = ...)}.
     */
    public static final String AREA = "tap";

    /**
     * Every message record of the area.
     */
    public static final List<Class<? extends VppMessageBody>> ALL = List.of(
        TapCreateV3.class,
        TapCreateV3Reply.class,
        TapDeleteV2.class,
        TapDeleteV2Reply.class,
        SwInterfaceTapV2Dump.class,
        SwInterfaceTapV2Details.class);

    private TapMessages() {
        // constants only
    }
}
