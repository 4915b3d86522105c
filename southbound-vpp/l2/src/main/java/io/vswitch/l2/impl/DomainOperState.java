package io.vswitch.l2.impl;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.jdt.annotation.Nullable;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.l2.rev261125.nodes.node.bridge.domains.bridge.domain.State;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.l2.rev261125.nodes.node.bridge.domains.bridge.domain.StateBuilder;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.l2.rev261125.nodes.node.bridge.domains.bridge.domain.state.Member;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.l2.rev261125.nodes.node.bridge.domains.bridge.domain.state.MemberBuilder;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.l2.rev261125.nodes.node.bridge.domains.bridge.domain.state.MemberKey;
import org.opendaylight.yangtools.yang.common.Uint32;
import org.opendaylight.yangtools.yang.common.Uint8;

/**
 * What VPP reports of one bridge domain: its id, BVI, members (with the configured name of each interface that has
 * a tag) and the number of MACs it learned.
 *
 * @param bdId the bridge domain id
 * @param bviSwIfIndex the BVI's index, or null
 * @param members the members, in VPP's order
 * @param learnedMacs learned L2 FIB entries
 */
record DomainOperState(int bdId, @Nullable Integer bviSwIfIndex, List<MemberState> members, int learnedMacs) {
    /**
     * A member as VPP reports it.
     *
     * @param swIfIndex the interface index
     * @param name the interface's tag, or null
     * @param splitHorizonGroup the group
     */
    record MemberState(int swIfIndex, @Nullable String name, int splitHorizonGroup) {
    }

    DomainOperState {
        members = List.copyOf(members);
    }

    State toBinding() {
        final Map<MemberKey, Member> bindingMembers = new HashMap<>();
        for (MemberState member : members) {
            final MemberKey key = new MemberKey(Uint32.fromIntBits(member.swIfIndex()));
            bindingMembers.put(key, new MemberBuilder().withKey(key).setInterface(member.name())
                .setSplitHorizonGroup(Uint8.valueOf(member.splitHorizonGroup())).build());
        }
        final StateBuilder builder = new StateBuilder().setBdId(Uint32.fromIntBits(bdId))
            .setLearnedMacCount(Uint32.valueOf(learnedMacs));
        if (bviSwIfIndex != null) {
            builder.setBviSwIfIndex(Uint32.fromIntBits(bviSwIfIndex));
        }
        if (!bindingMembers.isEmpty()) {
            builder.setMember(bindingMembers);
        }
        return builder.build();
    }
}
