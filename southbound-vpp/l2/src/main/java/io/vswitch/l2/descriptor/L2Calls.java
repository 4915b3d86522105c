package io.vswitch.l2.descriptor;

import io.vswitch.interfaces.InterfaceKeys;
import io.vswitch.interfaces.InterfaceMetadata;
import io.vswitch.l2.L2Keys;
import io.vswitch.l2.L2Metadata;
import io.vswitch.renderer.spi.ApplyContext;
import io.vswitch.renderer.spi.ItemKey;
import io.vswitch.renderer.spi.Metadata;
import io.vswitch.vpp.api.client.VppDisconnectedException;
import io.vswitch.vpp.api.client.VppSession;
import io.vswitch.vpp.api.client.VppTimeoutException;
import io.vswitch.vpp.api.message.types.Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.concurrent.CompletionStage;

/**
 * What the descriptors of this area share: the session, ids and indexes from their dependencies' metadata, VPP's
 * address encoding, and which failures are worth retrying.
 */
final class L2Calls {
    /** VPP's "none" / "all" index, {@code ~0}. */
    static final int NONE = 0xFFFF_FFFF;
    private static final int ADDRESS_UNION_LENGTH = 16;
    private static final int IP4_LENGTH = 4;
    private static final int AF_IP4 = 0;
    private static final int AF_IP6 = 1;

    private L2Calls() {
        // static helpers only
    }

    static VppSession vpp(final ApplyContext ctx) {
        return ctx.node(VppSession.class);
    }

    /**
     * The id of the bridge domain an item under a domain belongs to (its parent's metadata).
     */
    static int bdId(final ApplyContext ctx, final ItemKey key) {
        return ctx.metadata(L2Keys.domainOf(key)).require(L2Metadata.BD_ID);
    }

    /**
     * The index of an interface this item depends on.
     */
    static int swIfIndex(final ApplyContext ctx, final String node, final String iface) {
        return ctx.metadata(InterfaceKeys.interfaceKey(node, iface)).require(InterfaceMetadata.SW_IF_INDEX);
    }

    static CompletionStage<Void> done(final CompletionStage<?> call) {
        return call.thenApply(reply -> null);
    }

    static CompletionStage<Metadata> noMetadata(final CompletionStage<?> call) {
        return call.thenApply(reply -> Metadata.EMPTY);
    }

    /**
     * Worth a retry: VPP did not answer in time or the connection dropped. A negative retval is VPP's considered
     * answer to this request and would come again.
     */
    static boolean isRetriable(final Throwable error) {
        return error instanceof VppTimeoutException || error instanceof VppDisconnectedException;
    }

    static Address address(final InetAddress address) {
        final byte[] union = Arrays.copyOf(address.getAddress(), ADDRESS_UNION_LENGTH);
        return new Address(address instanceof Inet6Address ? AF_IP6 : AF_IP4, union);
    }

    static InetAddress address(final Address address) {
        final byte[] bytes = Arrays.copyOf(address.un(), address.af() == AF_IP6 ? ADDRESS_UNION_LENGTH : IP4_LENGTH);
        try {
            return InetAddress.getByAddress(bytes);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("bad address length " + bytes.length, e);
        }
    }
}
