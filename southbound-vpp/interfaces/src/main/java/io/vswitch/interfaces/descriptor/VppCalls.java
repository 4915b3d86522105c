package io.vswitch.interfaces.descriptor;

import io.vswitch.interfaces.InterfaceKeys;
import io.vswitch.interfaces.InterfaceMetadata;
import io.vswitch.interfaces.item.IpPrefix;
import io.vswitch.renderer.spi.ApplyContext;
import io.vswitch.renderer.spi.ItemKey;
import io.vswitch.renderer.spi.Metadata;
import io.vswitch.vpp.api.client.VppDisconnectedException;
import io.vswitch.vpp.api.client.VppSession;
import io.vswitch.vpp.api.client.VppTimeoutException;
import io.vswitch.vpp.api.message.types.Address;
import io.vswitch.vpp.api.message.types.Prefix;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.concurrent.CompletionStage;

/**
 * What the descriptors of this area share: the session, indexes from metadata, VPP's address encoding, and which
 * failures are worth retrying.
 */
final class VppCalls {
    /** VPP's "none" / "all" index, {@code ~0}. */
    static final int NONE = 0xFFFF_FFFF;
    static final int MAC_LENGTH = 6;
    private static final int ADDRESS_UNION_LENGTH = 16;
    private static final int AF_IP4 = 0;
    private static final int AF_IP6 = 1;

    private VppCalls() {
        // static helpers only
    }

    static VppSession vpp(final ApplyContext ctx) {
        return ctx.node(VppSession.class);
    }

    /**
     * The index of the interface a key belongs to (the item's parent, or the item itself for an update).
     */
    static int swIfIndex(final ApplyContext ctx, final ItemKey key) {
        return ctx.metadata(InterfaceKeys.interfaceOf(key)).require(InterfaceMetadata.SW_IF_INDEX);
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
        final byte[] bytes = Arrays.copyOf(address.un(), address.af() == AF_IP6 ? ADDRESS_UNION_LENGTH : 4);
        try {
            return InetAddress.getByAddress(bytes);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("bad address length " + bytes.length, e);
        }
    }

    static Prefix prefix(final IpPrefix prefix) {
        return new Prefix(address(prefix.address()), prefix.length());
    }

    static IpPrefix prefix(final Prefix prefix) {
        return new IpPrefix(address(prefix.address()), prefix.len());
    }
}
