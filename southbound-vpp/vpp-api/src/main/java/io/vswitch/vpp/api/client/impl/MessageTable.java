package io.vswitch.vpp.api.client.impl;

import io.vswitch.vpp.api.client.CompatibilityReport;
import io.vswitch.vpp.api.client.CompatibilityReport.Problem;
import io.vswitch.vpp.api.client.CompatibilityReport.ProblemKind;
import io.vswitch.vpp.api.codec.MessageDescriptor;
import io.vswitch.vpp.api.codec.MessageRegistry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.jdt.annotation.Nullable;

/**
 * One connection's view of the messages: the id VPP gave each of ours in this run (from the handshake's
 * {@code name_crc} table), the reverse table for decoding, and what is incompatible. Immutable.
 */
final class MessageTable {
    /**
     * How to send one of our messages on this connection.
     *
     * @param descriptor the codec of the message
     * @param id VPP's id for it, or -1 when it is incompatible
     * @param problem why it cannot be sent (its own problem, or its answer's), or null
     */
    record Route(MessageDescriptor<?> descriptor, int id, @Nullable Problem problem) {
    }

    private static final int MAX_IDS = 1 << 16;
    private static final int CRC_SUFFIX = 9;

    private final Map<Class<?>, Route> routes;
    private final @Nullable MessageDescriptor<?>[] inbound;
    private final Map<String, Route> routesByNameCrc;
    private final CompatibilityReport report;

    private MessageTable(final Map<Class<?>, Route> routes, final @Nullable MessageDescriptor<?>[] inbound,
            final Map<String, Route> routesByNameCrc, final CompatibilityReport report) {
        this.routes = routes;
        this.inbound = inbound;
        this.routesByNameCrc = routesByNameCrc;
        this.report = report;
    }

    /**
     * Matches our messages against VPP's table.
     *
     * @param registry our messages
     * @param vppIds VPP's {@code name_crc -> id} table from the handshake
     * @return the table
     */
    static MessageTable build(final MessageRegistry registry, final Map<String, Integer> vppIds) {
        final Map<String, String> vppCrcByName = new HashMap<>();
        vppIds.keySet().forEach(nameCrc -> {
            if (nameCrc.length() > CRC_SUFFIX && nameCrc.charAt(nameCrc.length() - CRC_SUFFIX) == '_') {
                vppCrcByName.put(nameCrc.substring(0, nameCrc.length() - CRC_SUFFIX),
                    nameCrc.substring(nameCrc.length() - CRC_SUFFIX + 1));
            }
        });

        final Map<Class<?>, @Nullable Problem> ownProblems = new HashMap<>();
        final List<Problem> problems = new ArrayList<>();
        for (MessageDescriptor<?> descriptor : registry.all()) {
            final Problem problem = problemOf(descriptor, vppIds, vppCrcByName);
            ownProblems.put(descriptor.type(), problem);
            if (problem != null) {
                problems.add(problem);
            }
        }

        final Map<Class<?>, Route> routes = new HashMap<>();
        final Map<String, Route> byNameCrc = new HashMap<>();
        final @Nullable MessageDescriptor<?>[] inbound = new MessageDescriptor<?>[MAX_IDS];
        for (MessageDescriptor<?> descriptor : registry.all()) {
            Problem problem = ownProblems.get(descriptor.type());
            final Class<?> answer = descriptor.answerType();
            if (problem == null && answer != null) {
                problem = ownProblems.get(answer);
            }
            final Integer id = vppIds.get(descriptor.nameCrc());
            final Route route = new Route(descriptor, problem == null && id != null ? id : -1, problem);
            routes.put(descriptor.type(), route);
            byNameCrc.put(descriptor.nameCrc(), route);
            if (id != null && ownProblems.get(descriptor.type()) == null) {
                inbound[id & 0xFFFF] = descriptor;
            }
        }
        return new MessageTable(Map.copyOf(routes), inbound, Map.copyOf(byNameCrc), CompatibilityReport.of(problems));
    }

    private static @Nullable Problem problemOf(final MessageDescriptor<?> descriptor, final Map<String, Integer> vppIds,
            final Map<String, String> vppCrcByName) {
        if (vppIds.containsKey(descriptor.nameCrc())) {
            return null;
        }
        final String vppCrc = vppCrcByName.get(descriptor.name());
        return vppCrc == null
            ? new Problem(descriptor.name(), descriptor.crc(), null, descriptor.area(), ProblemKind.MISSING)
            : new Problem(descriptor.name(), descriptor.crc(), vppCrc, descriptor.area(), ProblemKind.CRC_MISMATCH);
    }

    /**
     * How to send a message of the given class.
     *
     * @param type a message class
     * @return its route, or null when the registry does not define it
     */
    @Nullable Route route(final @Nullable Class<?> type) {
        return type == null ? null : routes.get(type);
    }

    /**
     * How to send a message by its {@code name_crc}.
     *
     * @param nameCrc e.g. {@code control_ping_51077d14}
     * @return its route, or null when the registry does not define it
     */
    @Nullable Route route(final String nameCrc) {
        return routesByNameCrc.get(nameCrc);
    }

    /**
     * The codec for a message VPP sent.
     *
     * @param id the message id on the wire
     * @return the descriptor, or null for a message we do not define or that is incompatible
     */
    @Nullable MessageDescriptor<?> inbound(final int id) {
        return inbound[id & 0xFFFF];
    }

    CompatibilityReport report() {
        return report;
    }
}
