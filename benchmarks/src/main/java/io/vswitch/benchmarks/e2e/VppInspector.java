package io.vswitch.benchmarks.e2e;

import io.vswitch.vpp.api.client.VppClient;
import io.vswitch.vpp.api.client.VppClientConfig;
import io.vswitch.vpp.api.message.interfaces.SwInterfaceDetails;
import io.vswitch.vpp.api.message.interfaces.SwInterfaceDump;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
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
        final VppClientConfig config = VppClientConfig.defaults().withSocketPath(socket)
            .withClientName("e2e-inspector").withCallTimeout(TIMEOUT);
        try (VppClient client = VppClient.start(config)) {
            client.connected().get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            final List<SwInterfaceDetails> details = client.dump(new SwInterfaceDump(ALL_INTERFACES, false, ""))
                .get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
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
     * Whether a server accepts connections on the socket now (a socket file left by a killed one does not).
     */
    boolean accepting() {
        try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            return channel.connect(UnixDomainSocketAddress.of(socket));
        } catch (IOException e) {
            return false;
        }
    }
}
