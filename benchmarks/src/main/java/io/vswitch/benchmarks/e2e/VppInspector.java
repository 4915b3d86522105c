package io.vswitch.benchmarks.e2e;

import io.vswitch.vpp.api.client.VppClient;
import io.vswitch.vpp.api.client.VppClientConfig;
import io.vswitch.vpp.api.message.interfaces.SwInterfaceDetails;
import io.vswitch.vpp.api.message.interfaces.SwInterfaceDump;
import io.vswitch.vpp.api.message.l3.IpRoute;
import io.vswitch.vpp.api.message.l3.IpRouteDetails;
import io.vswitch.vpp.api.message.l3.IpRouteDump;
import io.vswitch.vpp.api.message.l3.IpTable;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;

/**
 * Looks into the simulator (or VPP) as a second API client beside the controller: what it really holds.
 */
final class VppInspector {
    private static final int ALL_INTERFACES = -1;
    /** {@code IF_STATUS_API_FLAG_ADMIN_UP}. */
    private static final int ADMIN_UP = 1;
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final Path socket;
    private final Pattern ourTags = Pattern.compile(Pattern.quote(Loopbacks.TAG_PREFIX) + "[0-9]+");

    VppInspector(final Path socket) {
        this.socket = socket;
    }

    /**
     * Dumps the interfaces over a fresh connection (so a restarted VPP needs no reconnect logic here) and counts
     * our loopbacks.
     */
    VppCount loopbacks() throws IOException, InterruptedException {
        try (VppClient client = connect()) {
            final List<SwInterfaceDetails> details = interfaces(client);
            int tagged = 0;
            int adminUp = 0;
            for (SwInterfaceDetails detail : details) {
                if (detail.interfaceName().startsWith("loop") && ourTags.matcher(detail.tag()).matches()) {
                    tagged++;
                    if ((detail.flags() & ADMIN_UP) != 0) {
                        adminUp++;
                    }
                }
            }
            return new VppCount(tagged, adminUp);
        } catch (ExecutionException | TimeoutException e) {
            throw new IOException("cannot dump the interfaces of " + socket, e);
        }
    }

    /**
     * Dumps one IPv4 table, and the interfaces to find the one tagged {@code interfaceTag}, over a fresh
     * connection.
     */
    TableDump ipv4Table(final int tableId, final String interfaceTag) throws IOException, InterruptedException {
        try (VppClient client = connect()) {
            final Optional<Integer> swIfIndex = interfaces(client).stream()
                .filter(detail -> interfaceTag.equals(detail.tag())).map(SwInterfaceDetails::swIfIndex).findFirst();
            final List<IpRoute> routes = client.dump(new IpRouteDump(new IpTable(tableId, false, "")))
                .get(TIMEOUT.toSeconds(), TimeUnit.SECONDS).stream().map(IpRouteDetails::route).toList();
            return new TableDump(swIfIndex, routes);
        } catch (ExecutionException | TimeoutException e) {
            throw new IOException("cannot dump table " + tableId + " of " + socket, e);
        }
    }

    /**
     * What {@link #ipv4Table} found.
     *
     * @param swIfIndex the tagged interface's index, empty when VPP has none with that tag
     * @param routes every route of the table, VPP's own included
     */
    record TableDump(Optional<Integer> swIfIndex, List<IpRoute> routes) {
        TableDump {
            routes = List.copyOf(routes);
        }
    }

    /**
     * Whether a server accepts connections on the socket now (a socket file left by a killed one does not).
     */
    boolean accepting() {
        try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            return channel.connect(UnixDomainSocketAddress.of(socket));
        } catch (IOException e) {
            return false;
        }
    }

    private VppClient connect() throws IOException, InterruptedException, ExecutionException, TimeoutException {
        final VppClientConfig config = VppClientConfig.defaults().withSocketPath(socket)
            .withClientName("e2e-inspector").withCallTimeout(TIMEOUT);
        final VppClient client = VppClient.start(config);
        try {
            client.connected().get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            return client;
        } catch (ExecutionException | TimeoutException | InterruptedException e) {
            client.close();
            throw e;
        }
    }

    private static List<SwInterfaceDetails> interfaces(final VppClient client)
            throws InterruptedException, ExecutionException, TimeoutException {
        return client.dump(new SwInterfaceDump(ALL_INTERFACES, false, "")).get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    }
}
