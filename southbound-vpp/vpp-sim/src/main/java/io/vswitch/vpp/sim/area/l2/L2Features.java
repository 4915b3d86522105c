package io.vswitch.vpp.sim.area.l2;

import java.util.List;

/**
 * VPP's L2 input feature bits ({@code foreach_l2input_feat} in {@code l2_input.h}): the bridge domain's feature
 * bitmap is made of them, and {@code bridge_flags_reply} returns that bitmap as it is.
 */
final class L2Features {
    static final int DROP = 1;
    static final int FLOOD = 1 << 2;
    static final int ARP_UFWD = 1 << 3;
    static final int ARP_TERM = 1 << 4;
    static final int UU_FLOOD = 1 << 5;
    static final int UU_FWD = 1 << 6;
    static final int FWD = 1 << 7;
    static final int LEARN = 1 << 9;

    /** What {@code bd_validate} starts a bridge domain with: every feature but ARP termination and UU forwarding. */
    static final int BD_INITIAL = ~(ARP_TERM | UU_FWD | ARP_UFWD);

    /** {@code BRIDGE_API_FLAG_*} of {@code vl_api_bd_flags_t}. */
    static final int API_LEARN = 1;
    static final int API_FWD = 2;
    static final int API_FLOOD = 4;
    static final int API_UU_FLOOD = 8;
    static final int API_ARP_TERM = 16;
    static final int API_ARP_UFWD = 32;

    /** The graph node names of the features by bit, as {@code format_l2_input_feature_bitmap} prints them. */
    private static final List<String> NODE_NAMES = List.of("feature-bitmap-drop", "l2-output", "l2-flood",
        "l2-uu-fwd", "arp-term-l2bd", "l2-flood", "l2-uu-fwd", "l2-fwd", "l2-rw", "l2-learn",
        "sr-pl-rewrite-encaps-l2", "l2-input-vtr", "l2-ip-qos-record", "vpath-input-l2", "l2-input-acl",
        "l2-policer-input", "l2-policer-classify", "l2-input-feat-arc", "l2-input-classify", "span-l2-input");

    private L2Features() {
        // constants only
    }

    /**
     * {@code bd_flags_decode} followed by the mapping of {@code bd_set_flags}: API flags to feature bits.
     *
     * @param apiFlags the {@code vl_api_bd_flags_t} value
     * @return the feature bits
     */
    static int fromApiFlags(final int apiFlags) {
        int bits = 0;
        if ((apiFlags & API_LEARN) != 0) {
            bits |= LEARN;
        }
        if ((apiFlags & API_FWD) != 0) {
            bits |= FWD;
        }
        if ((apiFlags & API_FLOOD) != 0) {
            bits |= FLOOD;
        }
        if ((apiFlags & API_UU_FLOOD) != 0) {
            bits |= UU_FLOOD;
        }
        if ((apiFlags & API_ARP_TERM) != 0) {
            bits |= ARP_TERM;
        }
        if ((apiFlags & API_ARP_UFWD) != 0) {
            bits |= ARP_UFWD;
        }
        return bits;
    }

    /**
     * The feature names of a bitmap, highest bit first, each followed by a space; {@code none configured} for 0.
     *
     * @param bitmap a feature bitmap
     * @return the text
     */
    static String describe(final int bitmap) {
        if (bitmap == 0) {
            return "  none configured";
        }
        final int features = bitmap & ~DROP;
        final StringBuilder out = new StringBuilder();
        for (int bit = NODE_NAMES.size() - 1; bit >= 0; bit--) {
            if ((features & 1 << bit) != 0) {
                out.append(NODE_NAMES.get(bit)).append(' ');
            }
        }
        return out.toString();
    }
}
