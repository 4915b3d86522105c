package io.vswitch.vpp.sim.area.l3;

import io.vswitch.vpp.api.message.types.FibMplsLabel;
import io.vswitch.vpp.api.message.types.FibPath;
import io.vswitch.vpp.api.message.types.FibPathNh;
import io.vswitch.vpp.sim.area.ApiTypes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/**
 * One path of a route as VPP's FIB keeps it ({@code fib_path_t}) and encodes it back
 * ({@code fib_path_encode} + {@code fib_api_path_encode}).
 *
 * @param kind the path type
 * @param apiType the {@code fib_path_type} the dump reports (NORMAL, LOCAL, DROP, ICMP_*, DVR, INTERFACE_RX ...)
 * @param proto the {@code fib_path_nh_proto}
 * @param nextHop the next hop (zero when none)
 * @param swIfIndex the interface, {@code ~0} when none
 * @param tableId the next-hop table of a recursive or lookup path, else 0
 * @param rpfId the RPF id of a lookup path made with one, else {@code ~0}
 * @param weight the weight, 1..255
 * @param preference the preference, lower is better
 * @param label the MPLS label a recursive MPLS path goes via
 * @param objectId the UDP encap or BIER imposition object
 * @param outLabels the out-label stack, at most 16
 */
record RoutePath(PathKind kind, int apiType, int proto, IpBits nextHop, int swIfIndex, int tableId, int rpfId,
        int weight, int preference, int label, int objectId, List<FibMplsLabel> outLabels) {
    /** {@code FIB_API_PATH_TYPE_NORMAL}. */
    static final int TYPE_NORMAL = 0;
    /** {@code FIB_API_PATH_TYPE_LOCAL}. */
    static final int TYPE_LOCAL = 1;
    /** {@code FIB_API_PATH_TYPE_DROP}. */
    static final int TYPE_DROP = 2;
    /** {@code FIB_API_PATH_TYPE_UDP_ENCAP}. */
    static final int TYPE_UDP_ENCAP = 3;
    /** {@code FIB_API_PATH_TYPE_BIER_IMP}. */
    static final int TYPE_BIER_IMP = 4;
    /** {@code FIB_API_PATH_TYPE_ICMP_UNREACH}. */
    static final int TYPE_ICMP_UNREACH = 5;
    /** {@code FIB_API_PATH_TYPE_ICMP_PROHIBIT}. */
    static final int TYPE_ICMP_PROHIBIT = 6;
    /** {@code FIB_API_PATH_TYPE_SOURCE_LOOKUP}. */
    static final int TYPE_SOURCE_LOOKUP = 7;
    /** {@code FIB_API_PATH_TYPE_DVR}. */
    static final int TYPE_DVR = 8;
    /** {@code FIB_API_PATH_TYPE_INTERFACE_RX}. */
    static final int TYPE_INTERFACE_RX = 9;
    /** {@code FIB_API_PATH_TYPE_CLASSIFY}. */
    static final int TYPE_CLASSIFY = 10;

    /** {@code FIB_API_PATH_NH_PROTO_IP4}. */
    static final int PROTO_IP4 = 0;
    /** {@code FIB_API_PATH_NH_PROTO_IP6}. */
    static final int PROTO_IP6 = 1;
    /** {@code FIB_API_PATH_NH_PROTO_MPLS}. */
    static final int PROTO_MPLS = 2;
    /** {@code FIB_API_PATH_NH_PROTO_ETHERNET}. */
    static final int PROTO_ETHERNET = 3;
    /** {@code FIB_API_PATH_NH_PROTO_BIER}. */
    static final int PROTO_BIER = 4;

    /** The size of the label stack array in {@code vl_api_fib_path_t}. */
    static final int LABEL_STACK_SIZE = 16;

    private static final FibMplsLabel NO_LABEL = new FibMplsLabel(0, 0, 0, 0);
    private static final List<FibMplsLabel> EMPTY_STACK = Collections.nCopies(LABEL_STACK_SIZE, NO_LABEL);

    /** The order of paths within an entry: {@code fib_path_cmp_for_sort}. */
    static final Comparator<RoutePath> ORDER = Comparator.comparingInt(RoutePath::preference)
        .thenComparing(RoutePath::compareIdentity);

    /**
     * Copies the label list.
     */
    RoutePath {
        outLabels = List.copyOf(outLabels);
    }

    /**
     * A path of a special entry: one drop path ({@code fib_path_create_special}).
     *
     * @param ip6 the family
     * @return the path
     */
    static RoutePath drop(final boolean ip6) {
        return special(PathKind.SPECIAL, TYPE_DROP, ip6);
    }

    /**
     * A path carrying a given DPO, as VPP's {@code fe80::/10} link-local entry has.
     *
     * @param ip6 the family
     * @return the path
     */
    static RoutePath exclusive(final boolean ip6) {
        return special(PathKind.EXCLUSIVE, TYPE_NORMAL, ip6);
    }

    private static RoutePath special(final PathKind kind, final int type, final boolean ip6) {
        return new RoutePath(kind, type, ip6 ? PROTO_IP6 : PROTO_IP4, IpBits.zero(ip6), ApiTypes.NONE, 0,
            ApiTypes.NONE, 1, 0, 0, 0, List.of());
    }

    /**
     * An interface path of weight 1 as VPP's interface and adjacency sources add them.
     *
     * @param kind {@link PathKind#ATTACHED}, {@link PathKind#ATTACHED_NEXT_HOP} or {@link PathKind#RECEIVE}
     * @param nextHop the next hop (or the local address of a receive path)
     * @param swIfIndex the interface
     * @return the path
     */
    static RoutePath viaInterface(final PathKind kind, final IpBits nextHop, final int swIfIndex) {
        return new RoutePath(kind, kind == PathKind.RECEIVE ? TYPE_LOCAL : TYPE_NORMAL,
            nextHop.ip6() ? PROTO_IP6 : PROTO_IP4, nextHop, swIfIndex, 0, ApiTypes.NONE, 1, 0, 0, 0, List.of());
    }

    /**
     * {@code fib_path_cmp_i}: whether two paths are the same path, weight and preference aside.
     *
     * @param other another path
     * @return negative, zero or positive
     */
    int compareIdentity(final RoutePath other) {
        if (kind != other.kind) {
            return kind.compareTo(other.kind);
        }
        if (proto != other.proto) {
            return Integer.compare(proto, other.proto);
        }
        return switch (kind) {
            case ATTACHED_NEXT_HOP -> {
                final int byNextHop = nextHop.compareTo(other.nextHop);
                yield byNextHop != 0 ? byNextHop : Integer.compareUnsigned(swIfIndex, other.swIfIndex);
            }
            case ATTACHED, INTF_RX, DVR -> Integer.compareUnsigned(swIfIndex, other.swIfIndex);
            case RECURSIVE -> {
                final int byTarget = proto == PROTO_MPLS ? Integer.compareUnsigned(label, other.label)
                    : nextHop.compareTo(other.nextHop);
                yield byTarget != 0 ? byTarget : Integer.compareUnsigned(tableId, other.tableId);
            }
            case DEAG -> {
                final int byTable = Integer.compareUnsigned(tableId, other.tableId);
                yield byTable != 0 ? byTable : Integer.compareUnsigned(rpfId, other.rpfId);
            }
            case UDP_ENCAP, BIER_IMP, BIER_TABLE, BIER_FMASK -> Integer.compareUnsigned(objectId, other.objectId);
            case SPECIAL, RECEIVE, EXCLUSIVE -> 0;
        };
    }

    /**
     * The API form VPP's dump gives: no flags, rpf_id 0, and the object id of UDP encap and BIER paths in host byte
     * order (VPP does not swap it).
     *
     * @return the {@code vl_api_fib_path_t}
     */
    FibPath toApi() {
        final List<FibMplsLabel> stack;
        if (outLabels.isEmpty()) {
            stack = EMPTY_STACK;
        } else {
            // VPP does not send is_uniform back
            stack = new ArrayList<>(LABEL_STACK_SIZE);
            for (FibMplsLabel out : outLabels) {
                stack.add(new FibMplsLabel(0, out.label(), out.ttl(), out.exp()));
            }
            while (stack.size() < LABEL_STACK_SIZE) {
                stack.add(NO_LABEL);
            }
        }
        final boolean ipProto = proto == PROTO_IP4 || proto == PROTO_IP6;
        final byte[] union = ipProto ? nextHop.toUnion() : new byte[LABEL_STACK_SIZE];
        final int encodedObject = kind == PathKind.UDP_ENCAP || kind == PathKind.BIER_IMP
            ? Integer.reverseBytes(objectId) : 0;
        return new FibPath(swIfIndex, tableId, 0, weight, preference, apiType, 0, proto,
            new FibPathNh(union, 0, encodedObject, 0), outLabels.size(), stack);
    }
}
