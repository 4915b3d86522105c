package io.vswitch.nodes;

import io.vswitch.vpp.api.client.CompatibilityReport;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.jdt.annotation.Nullable;
import org.opendaylight.yang.gen.v1.urn.ietf.params.xml.ns.yang.ietf.yang.types.rev130715.DateAndTime;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.node.rev261125.nodes.node.Connection;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.node.rev261125.nodes.node.ConnectionBuilder;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.node.rev261125.nodes.node.connection.IncompatibleMessage;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.node.rev261125.nodes.node.connection.IncompatibleMessageBuilder;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.node.rev261125.nodes.node.connection.IncompatibleMessageKey;
import org.opendaylight.yangtools.yang.common.Uint32;

/**
 * What the controller knows of its connection to one node's VPP, as published to the operational datastore.
 *
 * @param state where the connection stands
 * @param reason why it is not up, in words; null when connected
 * @param since when it entered this state
 * @param vppVersion VPP's version, when connected
 * @param vppPid VPP's process id, when connected
 * @param plugins the API modules VPP announced
 * @param problems the messages of ours that this VPP lacks or defines differently
 */
public record ConnectionState(Connection.State state, @Nullable String reason, Instant since,
        @Nullable String vppVersion, @Nullable Long vppPid, List<String> plugins,
        List<CompatibilityReport.Problem> problems) {

    public ConnectionState {
        plugins = List.copyOf(plugins);
        problems = List.copyOf(problems);
    }

    static ConnectionState of(final Connection.State state, final @Nullable String reason) {
        return new ConnectionState(state, reason, Instant.now(), null, null, List.of(), List.of());
    }

    static ConnectionState connected(final String vppVersion, final long vppPid, final List<String> plugins,
            final CompatibilityReport compatibility) {
        return new ConnectionState(Connection.State.Connected, null, Instant.now(), vppVersion, vppPid, plugins,
            compatibility.problems());
    }

    /**
     * The YANG twin of this state.
     */
    public Connection toConnection() {
        final Map<IncompatibleMessageKey, IncompatibleMessage> incompatible = problems.stream()
            .map(problem -> new IncompatibleMessageBuilder()
                .setName(problem.name())
                .setExpectedCrc(problem.expectedCrc())
                .setFeatureArea(problem.area())
                .setProblem(problem.kind() == CompatibilityReport.ProblemKind.MISSING
                    ? IncompatibleMessage.Problem.Missing
                    : IncompatibleMessage.Problem.CrcMismatch)
                .build())
            .collect(Collectors.toMap(IncompatibleMessage::key, message -> message, (first, second) -> first));
        return new ConnectionBuilder()
            .setState(state)
            .setReason(reason)
            .setSince(new DateAndTime(since.truncatedTo(ChronoUnit.MILLIS).toString()))
            .setVppVersion(vppVersion)
            .setVppPid(vppPid == null ? null : Uint32.valueOf(vppPid))
            .setPlugin(plugins.isEmpty() ? null : new LinkedHashSet<>(plugins))
            .setIncompatibleMessage(incompatible.isEmpty() ? null : incompatible)
            .build();
    }
}
