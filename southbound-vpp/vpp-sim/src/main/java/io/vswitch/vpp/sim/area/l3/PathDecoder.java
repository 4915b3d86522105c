package io.vswitch.vpp.sim.area.l3;

import io.vswitch.vpp.api.codec.VppErrno;
import io.vswitch.vpp.api.message.types.FibMplsLabel;
import io.vswitch.vpp.api.message.types.FibPath;
import io.vswitch.vpp.sim.area.ApiTypes;
import io.vswitch.vpp.sim.spi.VppError;
import io.vswitch.vpp.sim.state.SimState;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns API paths into FIB paths the way VPP does: {@code fib_api_path_decode} (validation and flags), then per
 * route {@code fib_table_route_path_fixup} (a recursive path via the route's own address drops, a host route out
 * of an interface becomes a next hop, local paths make the entry local) and {@code fib_path_create} (the path
 * type).
 */
final class PathDecoder {
    private static final int LOCAL = 1;
    private static final int DROP = 1 << 1;
    private static final int ICMP_UNREACH = 1 << 2;
    private static final int ICMP_PROHIBIT = 1 << 3;
    private static final int DVR = 1 << 4;
    private static final int INTF_RX = 1 << 5;
    private static final int UDP_ENCAP = 1 << 6;
    private static final int BIER_IMP = 1 << 7;
    private static final int DEAG = 1 << 8;
    private static final int RPF_ID = 1 << 9;
    private static final int ATTACHED = 1 << 10;

    /**
     * A decoded path before the route's fixups ({@code fib_route_path_t}).
     *
     * @param flags the route path flags
     * @param proto the next-hop protocol
     * @param address the next hop
     * @param swIfIndex the interface, {@code ~0} for none
     * @param tableId the next-hop table (0 unless set, like VPP's zeroed vector)
     * @param rpfId the RPF id, {@code ~0} for none
     * @param weight the weight, 0 made 1
     * @param preference the preference
     * @param label the MPLS label of an MPLS path
     * @param objectId the UDP encap or BIER object
     * @param labels the out labels
     */
    record Decoded(int flags, int proto, IpBits address, int swIfIndex, int tableId, int rpfId, int weight,
            int preference, int label, int objectId, List<FibMplsLabel> labels) {
        Decoded {
            labels = List.copyOf(labels);
        }

        /**
         * Whether this is a local path without an interface: it makes the whole entry local and connected.
         *
         * @return true for such a path
         */
        boolean makesEntryLocal() {
            return (flags & LOCAL) != 0 && swIfIndex == ApiTypes.NONE;
        }

        Decoded withFlags(final int newFlags) {
            return new Decoded(newFlags, proto, address, swIfIndex, tableId, rpfId, weight, preference, label,
                objectId, labels);
        }

        Decoded withAttachedHost(final IpBits host) {
            return new Decoded(flags | ATTACHED, proto, host, swIfIndex, tableId, rpfId, weight, preference, label,
                objectId, labels);
        }
    }

    private final SimState state;

    PathDecoder(final SimState state) {
        this.state = state;
    }

    /**
     * {@code fib_api_path_decode}.
     *
     * @param in the API path
     * @return the decoded path
     * @throws VppError -1 for an unknown protocol, NO_SUCH_FIB for a missing next-hop table, NO_MATCHING_INTERFACE
     *     for a missing interface, NO_SUCH_TABLE for a classify path (the simulator has no classify tables),
     *     INVALID_VALUE for an unknown path type
     */
    Decoded decode(final FibPath in) {
        final int proto = in.proto();
        if (proto < RoutePath.PROTO_IP4 || proto > RoutePath.PROTO_BIER) {
            throw new VppError(-1, "next-hop protocol " + proto);
        }
        final int weight = in.weight() == 0 ? 1 : in.weight() & 0xFF;
        final int preference = in.preference() & 0xFF;
        final boolean ip6 = proto == RoutePath.PROTO_IP6;
        int flags = 0;
        IpBits address = IpBits.zero(ip6);
        int swIfIndex = 0;
        int tableId = 0;
        int rpfId = 0;
        int label = 0;
        int objectId = 0;
        switch (in.type()) {
            case RoutePath.TYPE_DVR -> {
                swIfIndex = in.swIfIndex();
                flags |= DVR;
            }
            case RoutePath.TYPE_INTERFACE_RX -> {
                swIfIndex = in.swIfIndex();
                flags |= INTF_RX;
            }
            case RoutePath.TYPE_DROP -> {
                flags |= DROP;
                swIfIndex = ApiTypes.NONE;
            }
            case RoutePath.TYPE_LOCAL -> {
                flags |= LOCAL;
                swIfIndex = in.swIfIndex();
            }
            case RoutePath.TYPE_ICMP_UNREACH -> {
                flags |= ICMP_UNREACH;
                swIfIndex = ApiTypes.NONE;
            }
            case RoutePath.TYPE_ICMP_PROHIBIT -> {
                flags |= ICMP_PROHIBIT;
                swIfIndex = ApiTypes.NONE;
            }
            case RoutePath.TYPE_CLASSIFY -> throw VppError.of(VppErrno.NO_SUCH_TABLE,
                "classify table " + in.nh().classifyTableIndex());
            case RoutePath.TYPE_UDP_ENCAP -> {
                flags |= UDP_ENCAP;
                objectId = in.nh().objId();
            }
            case RoutePath.TYPE_BIER_IMP -> {
                flags |= BIER_IMP;
                objectId = in.nh().objId();
            }
            case RoutePath.TYPE_NORMAL, RoutePath.TYPE_SOURCE_LOOKUP -> {
                if (proto == RoutePath.PROTO_IP4 || proto == RoutePath.PROTO_IP6) {
                    address = IpBits.of(in.nh().address(), ip6);
                    swIfIndex = in.swIfIndex();
                    rpfId = in.rpfId() == 0 ? ApiTypes.NONE : in.rpfId();
                    if (rpfId != ApiTypes.NONE) {
                        flags |= RPF_ID;
                    }
                    if (swIfIndex == ApiTypes.NONE) {
                        // recursive or lookup: the next-hop table must exist (the mfib for an RPF id: same ids)
                        if (!state.ipTables().exists(ip6, in.tableId())) {
                            throw VppError.of(VppErrno.NO_SUCH_FIB,
                                "next-hop table " + Integer.toUnsignedString(in.tableId()));
                        }
                        tableId = in.tableId();
                        if (address.isZero()) {
                            flags |= DEAG;
                        }
                    } else if (state.interfaces().get(swIfIndex).isEmpty()) {
                        throw VppError.of(VppErrno.NO_MATCHING_INTERFACE,
                            "next-hop interface " + Integer.toUnsignedString(swIfIndex));
                    }
                } else if (proto == RoutePath.PROTO_MPLS) {
                    label = in.nh().viaLabel();
                    swIfIndex = ApiTypes.NONE;
                } else if (proto == RoutePath.PROTO_BIER) {
                    // the simulator has no BIER disposition tables
                    throw VppError.of(VppErrno.NO_SUCH_FIB, "BIER table " + in.tableId());
                } else {
                    swIfIndex = in.swIfIndex();
                }
            }
            default -> throw VppError.of(VppErrno.INVALID_VALUE, "path type " + in.type());
        }
        final int labelCount = Math.min(in.nLabels(), RoutePath.LABEL_STACK_SIZE);
        final List<FibMplsLabel> labels = labelCount == 0 ? List.of()
            : new ArrayList<>(in.labelStack().subList(0, Math.min(labelCount, in.labelStack().size())));
        return new Decoded(flags, proto, address, swIfIndex, tableId, rpfId, weight, preference, label, objectId,
            labels);
    }

    /**
     * {@code fib_table_route_path_fixup} on each path in order, then {@code fib_path_create}.
     *
     * @param prefix the route's prefix, as given
     * @param decoded the decoded paths in request order
     * @param entryLocal whether the entry is already local (a local path without interface, or an existing local
     *     entry when removing paths)
     * @return the FIB paths in request order
     */
    static List<RoutePath> create(final RoutePrefix prefix, final List<Decoded> decoded, final boolean entryLocal) {
        final List<RoutePath> paths = new ArrayList<>(decoded.size());
        boolean local = entryLocal;
        for (Decoded path : decoded) {
            Decoded fixed = path;
            final int flags = fixed.flags();
            if (!fixed.address().isZero() && fixed.swIfIndex() == ApiTypes.NONE
                    && fixed.address().equals(prefix.address())) {
                // the prefix recurses via itself
                fixed = fixed.withFlags(fixed.flags() | DROP);
            }
            if ((flags & LOCAL) == 0 && prefix.isHost() && fixed.address().isZero()
                    && fixed.swIfIndex() != ApiTypes.NONE && fixed.proto() != RoutePath.PROTO_ETHERNET) {
                fixed = fixed.withAttachedHost(prefix.address());
            }
            if (local) {
                fixed = fixed.withFlags(fixed.flags() | LOCAL);
            }
            if ((fixed.flags() & LOCAL) != 0) {
                local = true;
            }
            paths.add(toPath(fixed));
        }
        return paths;
    }

    private static RoutePath toPath(final Decoded in) {
        final int flags = in.flags();
        final PathKind kind = kindOf(in);
        final int swIfIndex = switch (kind) {
            case RECEIVE, ATTACHED, ATTACHED_NEXT_HOP, DVR, INTF_RX -> in.swIfIndex();
            default -> ApiTypes.NONE;
        };
        final IpBits zero = IpBits.zero(in.address().ip6());
        final IpBits nextHop = switch (kind) {
            case ATTACHED_NEXT_HOP, RECURSIVE, RECEIVE -> in.address();
            default -> zero;
        };
        final int tableId = kind == PathKind.RECURSIVE || kind == PathKind.DEAG ? in.tableId() : 0;
        final int rpfId = kind == PathKind.DEAG ? in.rpfId() : ApiTypes.NONE;
        return new RoutePath(kind, apiType(kind, flags), in.proto(), nextHop, swIfIndex, tableId, rpfId,
            in.weight(), in.preference(), in.label(), in.objectId(), in.labels());
    }

    private static PathKind kindOf(final Decoded in) {
        final int flags = in.flags();
        if ((flags & LOCAL) != 0) {
            return PathKind.RECEIVE;
        } else if ((flags & UDP_ENCAP) != 0) {
            return PathKind.UDP_ENCAP;
        } else if ((flags & INTF_RX) != 0) {
            return PathKind.INTF_RX;
        } else if ((flags & RPF_ID) != 0) {
            return PathKind.DEAG;
        } else if ((flags & BIER_IMP) != 0) {
            return PathKind.BIER_IMP;
        } else if ((flags & DEAG) != 0) {
            return PathKind.DEAG;
        } else if ((flags & DVR) != 0) {
            return PathKind.DVR;
        } else if ((flags & (DROP | ICMP_UNREACH | ICMP_PROHIBIT)) != 0) {
            return PathKind.SPECIAL;
        } else if (in.swIfIndex() != ApiTypes.NONE) {
            return in.address().isZero() ? PathKind.ATTACHED : PathKind.ATTACHED_NEXT_HOP;
        } else if (in.proto() == RoutePath.PROTO_MPLS) {
            return in.label() == 0 ? PathKind.DEAG : PathKind.RECURSIVE;
        }
        return in.address().isZero() ? PathKind.DEAG : PathKind.RECURSIVE;
    }

    /**
     * The type {@code fib_api_path_encode} reports, from the flags {@code fib_path_encode} sets.
     */
    private static int apiType(final PathKind kind, final int flags) {
        if (kind == PathKind.DVR) {
            return RoutePath.TYPE_DVR;
        } else if ((flags & ICMP_UNREACH) != 0 && kind == PathKind.SPECIAL) {
            return RoutePath.TYPE_ICMP_UNREACH;
        } else if ((flags & ICMP_PROHIBIT) != 0 && kind == PathKind.SPECIAL) {
            return RoutePath.TYPE_ICMP_PROHIBIT;
        } else if (kind == PathKind.RECEIVE) {
            return RoutePath.TYPE_LOCAL;
        } else if ((flags & DROP) != 0) {
            return RoutePath.TYPE_DROP;
        } else if (kind == PathKind.UDP_ENCAP) {
            return RoutePath.TYPE_UDP_ENCAP;
        } else if (kind == PathKind.BIER_IMP) {
            return RoutePath.TYPE_BIER_IMP;
        } else if (kind == PathKind.INTF_RX) {
            return RoutePath.TYPE_INTERFACE_RX;
        }
        return RoutePath.TYPE_NORMAL;
    }
}
