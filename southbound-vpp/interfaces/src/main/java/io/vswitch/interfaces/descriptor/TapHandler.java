package io.vswitch.interfaces.descriptor;

import io.vswitch.interfaces.item.TapType;
import io.vswitch.renderer.spi.ApplyContext;
import io.vswitch.vpp.api.client.VppSession;
import io.vswitch.vpp.api.message.tap.TapCreateV3;
import io.vswitch.vpp.api.message.tap.TapCreateV3Reply;
import io.vswitch.vpp.api.message.tap.TapDeleteV2;
import io.vswitch.vpp.api.message.types.Ip4Prefix;
import io.vswitch.vpp.api.message.types.Ip6Prefix;
import java.util.concurrent.CompletionStage;

/**
 * tap v2 interfaces: {@code tap_create_v3} (VPP picks the id and MAC; the tag is set by the create message
 * itself), {@code tap_delete_v2}.
 */
final class TapHandler implements KindHandler<TapType> {
    private static final int IP4_LENGTH = 4;
    private static final int IP6_LENGTH = 16;

    @Override
    public Class<TapType> type() {
        return TapType.class;
    }

    @Override
    public boolean tagsOnCreate() {
        return true;
    }

    @Override
    public CompletionStage<Integer> create(final ApplyContext ctx, final VppSession vpp, final String name,
            final TapType type) {
        final String hostName = type.hostIfName();
        final String namespace = type.hostNamespace();
        return vpp.call(new TapCreateV3(VppCalls.NONE, true, new byte[VppCalls.MAC_LENGTH], 1, 1, type.txRingSize(),
            type.rxRingSize(), false, 0, false, new byte[VppCalls.MAC_LENGTH],
            false, new Ip4Prefix(new byte[IP4_LENGTH], 0), false, new Ip6Prefix(new byte[IP6_LENGTH], 0),
            false, new byte[IP4_LENGTH], false, new byte[IP6_LENGTH], 0,
            namespace != null, namespace == null ? "" : namespace,
            hostName != null, hostName == null ? "" : hostName,
            false, "", name)).thenApply(TapCreateV3Reply::swIfIndex);
    }

    @Override
    public CompletionStage<Void> delete(final VppSession vpp, final TapType type, final int swIfIndex) {
        return VppCalls.done(vpp.call(new TapDeleteV2(swIfIndex)));
    }
}
