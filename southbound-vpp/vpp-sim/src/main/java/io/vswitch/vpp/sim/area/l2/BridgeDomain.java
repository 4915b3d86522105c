package io.vswitch.vpp.sim.area.l2;

import io.vswitch.vpp.sim.area.ApiTypes;
import io.vswitch.vpp.sim.state.MacAddress;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One bridge domain ({@code l2_bridge_domain_t}): its feature bitmap, MAC age, tag, BVI and UU-forward ports, the
 * flooding members in VPP's order and the IP-to-MAC table of ARP termination. Confined to the simulator thread.
 */
final class BridgeDomain {
    /**
     * One member of the flood vector.
     *
     * @param swIfIndex the interface
     * @param shg its split-horizon group
     * @param bvi whether it is the BVI
     * @param floodClass its flood class when it joined
     */
    record Member(int swIfIndex, int shg, boolean bvi, FloodClass floodClass) {
    }

    private final int bdId;
    private final int index;
    private final List<Member> members = new ArrayList<>();
    private final Map<InetAddress, MacAddress> ipToMac = new LinkedHashMap<>();
    private int featureBitmap;
    private int macAge;
    private String tag = "";
    private int bviSwIfIndex = ApiTypes.NONE;
    private int uuFwdSwIfIndex = ApiTypes.NONE;
    private int learnLimit;
    private int tunnelMasters;
    private int tunnelNormals;
    private int noFlood;

    BridgeDomain(final int bdId, final int index, final int learnLimit) {
        this.bdId = bdId;
        this.index = index;
        this.learnLimit = learnLimit;
    }

    int bdId() {
        return bdId;
    }

    int index() {
        return index;
    }

    int featureBitmap() {
        return featureBitmap;
    }

    void setFeatureBitmap(final int bitmap) {
        featureBitmap = bitmap;
    }

    boolean has(final int feature) {
        return (featureBitmap & feature) != 0;
    }

    /**
     * {@code bd_validate}: a bridge domain without features gets every feature but ARP termination and UU
     * forwarding, and nothing else.
     */
    void validate() {
        if (featureBitmap == 0) {
            featureBitmap = L2Features.BD_INITIAL;
            bviSwIfIndex = ApiTypes.NONE;
            uuFwdSwIfIndex = ApiTypes.NONE;
        }
    }

    /**
     * {@code bd_set_flags}.
     *
     * @param features the feature bits to change
     * @param enable set or clear them
     * @return the resulting bitmap
     */
    int setFlags(final int features, final boolean enable) {
        validate();
        featureBitmap = enable ? featureBitmap | features : featureBitmap & ~features;
        return featureBitmap;
    }

    int macAge() {
        return macAge;
    }

    void setMacAge(final int age) {
        macAge = age;
    }

    String tag() {
        return tag;
    }

    void setTag(final String newTag) {
        tag = newTag;
    }

    int learnLimit() {
        return learnLimit;
    }

    void setLearnLimit(final int limit) {
        learnLimit = limit;
    }

    int bviSwIfIndex() {
        return bviSwIfIndex;
    }

    void setBviSwIfIndex(final int swIfIndex) {
        bviSwIfIndex = swIfIndex;
    }

    int uuFwdSwIfIndex() {
        return uuFwdSwIfIndex;
    }

    void setUuFwdSwIfIndex(final int swIfIndex) {
        uuFwdSwIfIndex = swIfIndex;
    }

    List<Member> members() {
        return Collections.unmodifiableList(members);
    }

    /**
     * {@code bd_add_member}: the BVI first, then normal members and tunnel masters, then tunnel normals, then
     * members not flooded to (flooding walks the vector backwards from the flood count).
     *
     * @param member the new member
     */
    void addMember(final Member member) {
        final int position = switch (member.floodClass()) {
            case NO_FLOOD -> {
                noFlood++;
                yield members.size();
            }
            case BVI -> 0;
            case TUNNEL_MASTER -> {
                tunnelMasters++;
                yield members.size() - tunnelNormals - noFlood;
            }
            case NORMAL -> members.size() - tunnelNormals - noFlood;
            case TUNNEL_NORMAL -> {
                final int at = members.size() - noFlood;
                tunnelNormals++;
                yield at;
            }
        };
        members.add(position, member);
    }

    /**
     * {@code bd_remove_member}.
     *
     * @param swIfIndex the interface
     * @return true if it was a member
     */
    boolean removeMember(final int swIfIndex) {
        for (int i = 0; i < members.size(); i++) {
            final Member member = members.get(i);
            if (member.swIfIndex() == swIfIndex) {
                switch (member.floodClass()) {
                    case TUNNEL_MASTER -> tunnelMasters--;
                    case TUNNEL_NORMAL -> tunnelNormals--;
                    case NO_FLOOD -> noFlood--;
                    default -> {
                        // counted nowhere
                    }
                }
                members.remove(i);
                return true;
            }
        }
        return false;
    }

    /**
     * How many members, from the front, flooding sends to ({@code update_flood_count}).
     *
     * @return the flood count
     */
    int floodCount() {
        return members.size() - (tunnelMasters > 0 ? tunnelNormals : 0) - noFlood;
    }

    /**
     * The ARP termination table: IPv4 entries first, then IPv6, each in the order added.
     *
     * @return a read-only view
     */
    Map<InetAddress, MacAddress> ipToMac() {
        return Collections.unmodifiableMap(ipToMac);
    }

    /**
     * {@code bd_add_del_ip_mac}.
     *
     * @param ip the address
     * @param mac the MAC
     * @param add add (or update) rather than delete
     * @return false when deleting an entry that does not exist with that MAC
     */
    boolean addDelIpMac(final InetAddress ip, final MacAddress mac, final boolean add) {
        if (add) {
            ipToMac.put(ip, mac);
            return true;
        }
        if (mac.equals(ipToMac.get(ip))) {
            ipToMac.remove(ip);
            return true;
        }
        return false;
    }
}
