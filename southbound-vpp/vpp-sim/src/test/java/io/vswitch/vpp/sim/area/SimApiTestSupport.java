package io.vswitch.vpp.sim.area;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.vswitch.vpp.api.client.VppCallException;
import io.vswitch.vpp.api.client.VppClient;
import io.vswitch.vpp.api.client.VppClientConfig;
import io.vswitch.vpp.api.client.VppSession;
import io.vswitch.vpp.api.codec.MessageRegistry;
import io.vswitch.vpp.api.codec.VppMessages;
import io.vswitch.vpp.api.definition.VppDetails;
import io.vswitch.vpp.api.definition.VppDump;
import io.vswitch.vpp.api.definition.VppReply;
import io.vswitch.vpp.api.definition.VppRequest;
import io.vswitch.vpp.api.message.core.CliInband;
import io.vswitch.vpp.api.message.interfaces.CreateLoopback;
import io.vswitch.vpp.api.message.interfaces.SwInterfaceAddDelAddress;
import io.vswitch.vpp.api.message.interfaces.SwInterfaceSetFlags;
import io.vswitch.vpp.api.message.types.Address;
import io.vswitch.vpp.api.message.types.Prefix;
import io.vswitch.vpp.sim.VppSimulator;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * A simulator with the default areas on a socket in a temporary directory, and the project's client (vpp-api)
 * connected to it, with blocking helpers for the tests of the L2 and L3 areas.
 */
public abstract class SimApiTestSupport {
    /** Every message the project defines. */
    protected static final MessageRegistry REGISTRY = MessageRegistry.of(VppMessages.all());
    /** {@code ~0}. */
    protected static final int NONE = -1;
    /** How long any single answer may take. */
    protected static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir
    protected Path tempDir;

    protected VppSimulator sim;
    protected VppClient client;
    protected VppSession vpp;

    @BeforeEach
    void startSimulatorAndClient() {
        sim = new VppSimulator();
        sim.start(tempDir.resolve("api.sock"));
        client = VppClient.start(VppClientConfig.defaults().withSocketPath(tempDir.resolve("api.sock"))
            .withClientName("h4-test").withCallTimeout(WAIT)
            .withReconnectBackoff(Duration.ofMillis(20), Duration.ofMillis(200)), REGISTRY);
        vpp = await(client.connected());
    }

    @AfterEach
    void stopClientAndSimulator() {
        if (client != null) {
            client.close();
        }
        if (sim != null) {
            sim.stop();
        }
    }

    /**
     * Waits for a future.
     *
     * @param <T> the result type
     * @param future the future
     * @return its value
     * @throws CompletionException with the failure's cause
     */
    @SuppressWarnings("checkstyle:AvoidHidingCauseException")
    protected static <T> T await(final CompletableFuture<T> future) {
        try {
            return future.get(WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new CompletionException(e.getCause());
        } catch (TimeoutException e) {
            throw new AssertionError("no answer within " + WAIT, e);
        }
    }

    /**
     * Calls and expects success.
     *
     * @param <R> the reply type
     * @param request the request
     * @return the reply
     */
    protected <R extends VppReply> R call(final VppRequest<R> request) {
        return await(vpp.call(request));
    }

    /**
     * Calls and returns the reply whatever its retval.
     *
     * @param <R> the reply type
     * @param request the request
     * @return the reply
     */
    @SuppressWarnings("unchecked")
    protected <R extends VppReply> R reply(final VppRequest<R> request) {
        try {
            return await(vpp.call(request));
        } catch (CompletionException e) {
            return (R) assertInstanceOf(VppCallException.class, e.getCause()).reply();
        }
    }

    /**
     * Calls and returns the retval.
     *
     * @param request the request
     * @return 0 or VPP's negative retval
     */
    protected int retval(final VppRequest<?> request) {
        return reply(request).retval();
    }

    /**
     * Dumps.
     *
     * @param <D> the details type
     * @param request the dump
     * @return the details
     */
    protected <D extends VppDetails> List<D> dump(final VppDump<D> request) {
        return await(vpp.dump(request));
    }

    /**
     * Runs a CLI command.
     *
     * @param command the command line
     * @return its output
     */
    protected String cli(final String command) {
        return call(new CliInband(command)).reply();
    }

    /**
     * Creates a loopback with a given MAC.
     *
     * @param mac the MAC, e.g. {@code de:ad:00:00:00:01}
     * @return its sw_if_index
     */
    protected int loopback(final String mac) {
        return call(new CreateLoopback(mac(mac))).swIfIndex();
    }

    /**
     * Sets an interface admin up.
     *
     * @param swIfIndex the interface
     */
    protected void up(final int swIfIndex) {
        call(new SwInterfaceSetFlags(swIfIndex, 1));
    }

    /**
     * Adds an address to an interface.
     *
     * @param swIfIndex the interface
     * @param prefix e.g. {@code 10.0.0.1/24}
     */
    protected void addAddress(final int swIfIndex, final String prefix) {
        call(new SwInterfaceAddDelAddress(swIfIndex, true, false, prefix(prefix)));
    }

    /**
     * Six MAC bytes.
     *
     * @param text {@code aa:bb:cc:dd:ee:ff}
     * @return the bytes
     */
    protected static byte[] mac(final String text) {
        return HexFormat.ofDelimiter(":").parseHex(text);
    }

    /**
     * An API address.
     *
     * @param text an IPv4 or IPv6 literal
     * @return the address
     */
    protected static Address address(final String text) {
        try {
            final InetAddress parsed = InetAddress.getByName(text);
            return new Address(parsed instanceof Inet6Address ? 1 : 0, Arrays.copyOf(parsed.getAddress(), 16));
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(text, e);
        }
    }

    /**
     * An API prefix.
     *
     * @param text {@code address/length}
     * @return the prefix
     */
    protected static Prefix prefix(final String text) {
        final String[] parts = text.split("/");
        return new Prefix(address(parts[0]), Integer.parseInt(parts[1]));
    }

    /**
     * The text of an API address.
     *
     * @param address the address
     * @return its literal
     */
    protected static String text(final Address address) {
        try {
            return InetAddress.getByAddress(address.af() == 1 ? address.un() : Arrays.copyOf(address.un(), 4))
                .getHostAddress();
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /**
     * The text of an API prefix.
     *
     * @param prefix the prefix
     * @return {@code address/length}
     */
    protected static String text(final Prefix prefix) {
        return text(prefix.address()) + "/" + prefix.len();
    }
}
