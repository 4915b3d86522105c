package io.vswitch.l3.descriptor;

import io.vswitch.interfaces.InterfaceKeys;
import io.vswitch.interfaces.InterfaceMetadata;
import io.vswitch.renderer.spi.ApplyContext;
import io.vswitch.renderer.spi.Dependency;
import io.vswitch.renderer.spi.Metadata;
import io.vswitch.vpp.api.client.VppCallException;
import io.vswitch.vpp.api.client.VppDisconnectedException;
import io.vswitch.vpp.api.client.VppSession;
import io.vswitch.vpp.api.client.VppTimeoutException;
import io.vswitch.vpp.api.codec.VppErrno;
import io.vswitch.vpp.api.message.types.Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;

/**
 * What the descriptors of this area share: the session, interface indexes from metadata, VPP's address encoding,
 * and which failures are worth retrying.
 */
final class L3Calls {
    /** VPP's "none" / "all" index, {@code ~0}. */
    static final int NONE = 0xFFFF_FFFF;
    static final int AF_IP4 = 0;
    static final int AF_IP6 = 1;
    private static final int ADDRESS_UNION_LENGTH = 16;
    private static final int IP4_LENGTH = 4;

    private L3Calls() {
        // static helpers only
    }

    static VppSession vpp(final ApplyContext ctx) {
        return ctx.node(VppSession.class);
    }

    /**
     * The dependency on a configured interface, labelled for the pending reason.
     */
    static Dependency onInterface(final String node, final String iface, final String role) {
        return Dependency.on(InterfaceKeys.interfaceKey(node, iface), role + " " + iface);
    }

    /**
     * The index of a configured interface this item depends on.
     */
    static int swIfIndex(final ApplyContext ctx, final String iface) {
        return ctx.metadata(InterfaceKeys.interfaceKey(ctx.nodeName(), iface))
            .require(InterfaceMetadata.SW_IF_INDEX);
    }

    static CompletionStage<Void> done(final CompletionStage<?> call) {
        return call.thenApply(reply -> null);
    }

    static CompletionStage<Metadata> noMetadata(final CompletionStage<?> call) {
        return call.thenApply(reply -> Metadata.EMPTY);
    }

    /**
     * A delete whose target VPP no longer has (it went with its interface or table) counts as done.
     */
    static CompletionStage<Void> deleted(final CompletionStage<?> call) {
        return call.handle((reply, error) -> {
            if (error == null) {
                return CompletableFuture.<Void>completedFuture(null);
            }
            final Throwable cause = unwrap(error);
            return cause instanceof VppCallException e && e.retval() == VppErrno.NO_SUCH_ENTRY.value()
                ? CompletableFuture.<Void>completedFuture(null) : CompletableFuture.<Void>failedFuture(cause);
        }).thenCompose(stage -> stage);
    }

    static Throwable unwrap(final Throwable error) {
        return error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
    }

    /**
     * Worth a retry: VPP did not answer in time or the connection dropped. A negative retval is VPP's considered
     * answer and would come again.
     */
    static boolean isRetriable(final Throwable error) {
        return error instanceof VppTimeoutException || error instanceof VppDisconnectedException;
    }

    static byte[] union(final InetAddress address) {
        return Arrays.copyOf(address.getAddress(), ADDRESS_UNION_LENGTH);
    }

    static Address address(final InetAddress address) {
        final byte[] union = Arrays.copyOf(address.getAddress(), ADDRESS_UNION_LENGTH);
        return new Address(address instanceof Inet6Address ? AF_IP6 : AF_IP4, union);
    }

    static InetAddress address(final Address address) {
        return address(address.un(), address.af() == AF_IP6);
    }

    static InetAddress address(final byte[] union, final boolean ipv6) {
        try {
            return InetAddress.getByAddress(Arrays.copyOf(union, ipv6 ? ADDRESS_UNION_LENGTH : IP4_LENGTH));
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("bad address", e);
        }
    }

    /**
     * Whether the address bytes of a family are all zero.
     */
    static boolean isZero(final byte[] union, final boolean ipv6) {
        final int length = Math.min(union.length, ipv6 ? ADDRESS_UNION_LENGTH : IP4_LENGTH);
        for (int i = 0; i < length; i++) {
            if (union[i] != 0) {
                return false;
            }
        }
        return true;
    }
}
