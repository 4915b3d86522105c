package io.vswitch.vpp.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vswitch.vpp.api.codec.MessageRegistry;
import io.vswitch.vpp.api.codec.VppMessages;
import io.vswitch.vpp.api.definition.VppDetails;
import io.vswitch.vpp.api.definition.VppDump;
import io.vswitch.vpp.api.message.core.ControlPing;
import io.vswitch.vpp.api.message.interfaces.CreateLoopback;
import io.vswitch.vpp.api.message.interfaces.CreateLoopbackReply;
import io.vswitch.vpp.api.message.interfaces.SwInterfaceDetails;
import io.vswitch.vpp.api.message.interfaces.SwInterfaceDump;
import io.vswitch.vpp.api.message.types.Address;
import io.vswitch.vpp.api.message.types.Prefix;
import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * A running simulator on a socket in a temporary directory, and a connected raw client.
 */
abstract class SimulatorTestSupport {
    static final MessageRegistry REGISTRY = MessageRegistry.of(VppMessages.all());
    static final int ALL = -1;

    @TempDir
    Path tempDir;

    VppSimulator sim;
    RawClient client;

    SimulatorOptions options() {
        return SimulatorOptions.defaults();
    }

    @BeforeEach
    void startSimulator() throws IOException {
        sim = new VppSimulator(options());
        sim.start(socket());
        client = RawClient.connect(socket(), REGISTRY);
    }

    @AfterEach
    void stopSimulator() throws IOException {
        if (client != null) {
            client.close();
        }
        sim.stop();
    }

    Path socket() {
        return tempDir.resolve("api.sock");
    }

    <D extends VppDetails> List<D> dump(final VppDump<D> request) {
        return client.dump(request, new ControlPing());
    }

    RawClient connect() throws IOException {
        return RawClient.connect(socket(), REGISTRY);
    }

    /**
     * Creates a loopback and returns its index.
     */
    int loopback() {
        final CreateLoopbackReply reply = client.call(new CreateLoopback(new byte[6]));
        assertEquals(0, reply.retval());
        return reply.swIfIndex();
    }

    /**
     * The details of one interface.
     */
    SwInterfaceDetails details(final int swIfIndex) {
        final List<SwInterfaceDetails> found = dump(new SwInterfaceDump(swIfIndex, false, ""));
        assertEquals(1, found.size(), () -> "interface " + swIfIndex);
        return found.get(0);
    }

    List<String> interfaceNames() {
        return dump(new SwInterfaceDump(ALL, false, "")).stream().map(SwInterfaceDetails::interfaceName).toList();
    }

    /**
     * An API address from its text form.
     */
    static Address address(final String text) {
        try {
            final InetAddress address = InetAddress.getByName(text);
            return new Address(address.getAddress().length == 4 ? 0 : 1, Arrays.copyOf(address.getAddress(), 16));
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(text, e);
        }
    }

    /**
     * An API prefix from {@code address/length}.
     */
    static Prefix prefix(final String text) {
        final String[] parts = text.split("/");
        return new Prefix(address(parts[0]), Integer.parseInt(parts[1]));
    }

    static String text(final Prefix prefix) {
        try {
            final byte[] bytes = prefix.address().af() == 0 ? Arrays.copyOf(prefix.address().un(), 4)
                : prefix.address().un();
            return InetAddress.getByAddress(bytes).getHostAddress() + "/" + prefix.len();
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
