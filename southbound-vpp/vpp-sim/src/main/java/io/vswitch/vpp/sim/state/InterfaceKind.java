package io.vswitch.vpp.sim.state;

import java.net.InetAddress;
import java.util.Optional;

/**
 * What a simulated interface is, with the settings its creation message carried. Determines its device class
 * (the {@code interface_dev_type} of {@code sw_interface_details}) and how its link state behaves.
 */
public sealed interface InterfaceKind {
    /**
     * VPP's device class name, e.g. {@code Loopback}, {@code memif}.
     *
     * @return the name {@code sw_interface_details.interface_dev_type} carries
     */
    String deviceClass();

    /**
     * How the link flag of this kind's hardware interface is derived.
     *
     * @return the link behaviour
     */
    LinkBehaviour link();

    /**
     * Whether the hardware has receive queues (rx-mode can be set).
     *
     * @return true for devices with queues
     */
    default boolean hasRxQueues() {
        return false;
    }

    /**
     * How a kind's link flag follows the interface's state.
     */
    enum LinkBehaviour {
        /** Never up ({@code local0}). */
        NEVER,
        /** Up while admin up and the carrier is present (loopback, VXLAN, memif with a connected peer). */
        FOLLOWS_ADMIN,
        /** Up while the carrier is present, whatever the admin state (af_packet, tap: set up at creation). */
        CARRIER_ONLY
    }

    /** {@code local0}: always present, never up, no addresses. */
    record Local() implements InterfaceKind {
        @Override
        public String deviceClass() {
            return "local";
        }

        @Override
        public LinkBehaviour link() {
            return LinkBehaviour.NEVER;
        }
    }

    /**
     * A loopback ({@code loop<instance>}).
     *
     * @param instance the loopback instance number
     */
    record Loopback(int instance) implements InterfaceKind {
        @Override
        public String deviceClass() {
            return "Loopback";
        }

        @Override
        public LinkBehaviour link() {
            return LinkBehaviour.FOLLOWS_ADMIN;
        }
    }

    /**
     * A memif interface ({@code memif<socket-id>/<id>}).
     *
     * @param socketId the socket file id
     * @param id the interface id, unique per socket file
     * @param role 0 master, 1 slave (the API enum {@code memif_role})
     * @param mode 0 ethernet, 1 ip, 2 punt/inject (the API enum {@code memif_mode})
     * @param ringSize the ring size, a power of two
     * @param bufferSize the buffer size
     * @param zeroCopy whether a slave uses zero copy
     * @param secret the shared secret, empty for none
     * @param rxQueues rx queues (slave)
     * @param txQueues tx queues (slave)
     */
    record Memif(int socketId, int id, int role, int mode, int ringSize, int bufferSize, boolean zeroCopy,
            String secret, int rxQueues, int txQueues) implements InterfaceKind {
        @Override
        public String deviceClass() {
            return "memif";
        }

        @Override
        public LinkBehaviour link() {
            return LinkBehaviour.FOLLOWS_ADMIN;
        }

        @Override
        public boolean hasRxQueues() {
            return true;
        }
    }

    /**
     * An af_packet interface bound to a host interface ({@code host-<name>}).
     *
     * @param hostIfName the host (kernel) interface name
     * @param mode 1 ethernet, 2 ip (the API enum {@code af_packet_mode})
     * @param flags the API flags ({@code af_packet_flags})
     * @param rxFrameSize rx frame size
     * @param txFrameSize tx frame size
     * @param rxFramesPerBlock rx frames per block
     * @param txFramesPerBlock tx frames per block
     * @param numRxQueues rx queues
     * @param numTxQueues tx queues
     */
    record AfPacket(String hostIfName, int mode, int flags, int rxFrameSize, int txFrameSize, int rxFramesPerBlock,
            int txFramesPerBlock, int numRxQueues, int numTxQueues) implements InterfaceKind {
        @Override
        public String deviceClass() {
            return "af-packet";
        }

        @Override
        public LinkBehaviour link() {
            return LinkBehaviour.CARRIER_ONLY;
        }

        @Override
        public boolean hasRxQueues() {
            return true;
        }
    }

    /**
     * A tap (or tun) interface ({@code tap<id>}, {@code tun<id>}).
     *
     * @param id the tap id
     * @param hostIfName the host-side interface name
     * @param hostMac the host-side MAC
     * @param hostNamespace the host network namespace, empty for the default
     * @param hostBridge the host bridge, empty for none
     * @param hostIp4Prefix the host-side IPv4 prefix, if set
     * @param hostIp6Prefix the host-side IPv6 prefix, if set
     * @param hostMtu the host-side MTU, 0 if not set
     * @param tapFlags the API flags ({@code tap_flags})
     * @param rxRingSize rx ring size
     * @param txRingSize tx ring size
     * @param numRxQueues rx queues
     */
    record Tap(int id, String hostIfName, MacAddress hostMac, String hostNamespace, String hostBridge,
            Optional<IpPrefix> hostIp4Prefix, Optional<IpPrefix> hostIp6Prefix, int hostMtu, int tapFlags,
            int rxRingSize, int txRingSize, int numRxQueues) implements InterfaceKind {
        /** The {@code TAP_API_FLAG_TUN} bit. */
        public static final int FLAG_TUN = 16;

        @Override
        public String deviceClass() {
            return "tap";
        }

        @Override
        public LinkBehaviour link() {
            return LinkBehaviour.CARRIER_ONLY;
        }

        @Override
        public boolean hasRxQueues() {
            return true;
        }

        /**
         * Whether this is a tun (IP) rather than a tap (Ethernet) interface.
         *
         * @return true for tun
         */
        public boolean isTun() {
            return (tapFlags & FLAG_TUN) != 0;
        }
    }

    /**
     * A VXLAN tunnel ({@code vxlan_tunnel<instance>}).
     *
     * @param instance the user instance (name number)
     * @param src the source address
     * @param dst the destination address
     * @param srcPort the UDP source port
     * @param dstPort the UDP destination port
     * @param vni the VNI
     * @param encapVrfId the table id of the encapsulation FIB
     * @param mcastSwIfIndex the multicast interface, ~0 for none
     * @param decapNextIndex the decap next node index
     * @param isL3 whether the tunnel carries L3 payload
     */
    record Vxlan(int instance, InetAddress src, InetAddress dst, int srcPort, int dstPort, int vni, int encapVrfId,
            int mcastSwIfIndex, int decapNextIndex, boolean isL3) implements InterfaceKind {
        @Override
        public String deviceClass() {
            return "VXLAN";
        }

        @Override
        public LinkBehaviour link() {
            return LinkBehaviour.FOLLOWS_ADMIN;
        }
    }

    /**
     * A sub-interface ({@code <parent-name>.<sub-id>}); its link and device class are its parent's.
     *
     * @param subId the sub-interface id
     * @param outerVlanId the outer VLAN id
     * @param innerVlanId the inner VLAN id
     * @param subIfFlags the API {@code sub_if_flags}
     */
    record SubInterface(int subId, int outerVlanId, int innerVlanId, int subIfFlags) implements InterfaceKind {
        /** {@code SUB_IF_API_FLAG_ONE_TAG}. */
        public static final int FLAG_ONE_TAG = 2;
        /** {@code SUB_IF_API_FLAG_TWO_TAGS}. */
        public static final int FLAG_TWO_TAGS = 4;
        /** {@code SUB_IF_API_FLAG_EXACT_MATCH}. */
        public static final int FLAG_EXACT_MATCH = 16;
        /** {@code SUB_IF_API_FLAG_MASK_VNET}: the flags VPP keeps and reports. */
        public static final int FLAGS_KEPT = 254;

        @Override
        public String deviceClass() {
            // the parent's class is reported instead; see InterfaceTable#deviceClass
            return "";
        }

        @Override
        public LinkBehaviour link() {
            return LinkBehaviour.NEVER;
        }

        /**
         * The number of VLAN tags, as {@code sw_interface_details.sub_number_of_tags} reports it.
         *
         * @return 0, 1 or 2
         */
        public int numberOfTags() {
            return ((subIfFlags & FLAG_ONE_TAG) != 0 ? 1 : 0) + ((subIfFlags & FLAG_TWO_TAGS) != 0 ? 2 : 0);
        }

        /**
         * Whether the sub-interface matches tags exactly (needed for IP addressing).
         *
         * @return true with {@code exact_match}
         */
        public boolean exactMatch() {
            return (subIfFlags & FLAG_EXACT_MATCH) != 0;
        }
    }
}
