package io.vswitch.l2.impl;

import io.vswitch.vpp.api.message.interfaces.SwInterfaceDetails;
import io.vswitch.vpp.api.message.l2.BridgeDomainDetails;
import io.vswitch.vpp.api.message.l2.BridgeDomainSwIf;
import io.vswitch.vpp.api.message.l2.L2FibTableDetails;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns one round of dumps into the states of the configured bridge domains (matched by bd-id).
 */
final class DomainStates {
    private static final int NONE = 0xFFFF_FFFF;

    private DomainStates() {
        // static only
    }

    /**
     * The state of each configured domain VPP has.
     *
     * @param configured configured bd-ids by domain name
     * @param domains {@code bridge_domain_dump} of all domains
     * @param fib {@code l2_fib_table_dump} of all domains
     * @param interfaces {@code sw_interface_dump}, for the members' tags
     * @return states by domain name
     */
    static Map<String, DomainOperState> of(final Map<String, Integer> configured,
            final List<BridgeDomainDetails> domains, final List<L2FibTableDetails> fib,
            final List<SwInterfaceDetails> interfaces) {
        final Map<Integer, String> names = new HashMap<>();
        configured.forEach((name, bdId) -> names.put(bdId, name));
        final Map<Integer, String> tags = new HashMap<>();
        interfaces.forEach(iface -> {
            if (!iface.tag().isEmpty()) {
                tags.put(iface.swIfIndex(), iface.tag());
            }
        });
        final Map<Integer, Integer> learned = new HashMap<>();
        fib.forEach(entry -> {
            if (!entry.staticMac() && !entry.filterMac()) {
                learned.merge(entry.bdId(), 1, Integer::sum);
            }
        });
        final Map<String, DomainOperState> states = new HashMap<>();
        for (BridgeDomainDetails domain : domains) {
            final String name = names.get(domain.bdId());
            if (name == null) {
                continue;
            }
            final List<DomainOperState.MemberState> members = new ArrayList<>();
            for (BridgeDomainSwIf member : domain.swIfDetails()) {
                members.add(new DomainOperState.MemberState(member.swIfIndex(), tags.get(member.swIfIndex()),
                    member.shg()));
            }
            states.put(name, new DomainOperState(domain.bdId(),
                domain.bviSwIfIndex() == NONE ? null : domain.bviSwIfIndex(), members,
                learned.getOrDefault(domain.bdId(), 0)));
        }
        return states;
    }
}
