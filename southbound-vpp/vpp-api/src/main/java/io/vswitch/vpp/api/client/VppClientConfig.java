package io.vswitch.vpp.api.client;

import static java.util.Objects.requireNonNull;

import io.vswitch.vpp.api.transport.UnixDomainTransport;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;

/**
 * How a {@link VppClient} reaches and talks to one VPP.
 *
 * @param socketPath VPP's API socket ({@code socksvr} in VPP's startup config)
 * @param clientName the name VPP shows for this client, at most 63 bytes
 * @param callTimeout how long a sent request may wait for its reply (or a dump for its end)
 * @param maxInFlight how many requests may await their replies at once (at most {@link #MAX_IN_FLIGHT}); further
 *     ones queue
 * @param reconnectMin the first delay before reconnecting after a failure or disconnect
 * @param reconnectMax the delay the doubling backoff stops growing at
 * @param transport native epoll or the JDK fallback
 */
public record VppClientConfig(Path socketPath, String clientName, Duration callTimeout, int maxInFlight,
        Duration reconnectMin, Duration reconnectMax, UnixDomainTransport transport) {
    /** VPP's default API socket. */
    public static final Path DEFAULT_SOCKET = Path.of("/run/vpp/api.sock");
    /** The client name used by {@link #defaults()}. */
    public static final String DEFAULT_CLIENT_NAME = "vswitch-controller";

    /** The largest window accepted. */
    public static final int MAX_IN_FLIGHT = 1 << 20;

    private static final int MAX_NAME_BYTES = 63;

    /**
     * Checks the values.
     */
    public VppClientConfig {
        requireNonNull(socketPath, "socketPath");
        requireNonNull(clientName, "clientName");
        requireNonNull(callTimeout, "callTimeout");
        requireNonNull(reconnectMin, "reconnectMin");
        requireNonNull(reconnectMax, "reconnectMax");
        requireNonNull(transport, "transport");
        if (clientName.getBytes(StandardCharsets.UTF_8).length > MAX_NAME_BYTES) {
            throw new IllegalArgumentException("clientName longer than " + MAX_NAME_BYTES + " bytes: " + clientName);
        }
        if (callTimeout.isNegative() || callTimeout.isZero()) {
            throw new IllegalArgumentException("callTimeout must be positive: " + callTimeout);
        }
        if (maxInFlight < 1 || maxInFlight > MAX_IN_FLIGHT) {
            throw new IllegalArgumentException("maxInFlight must be within 1.." + MAX_IN_FLIGHT + ": " + maxInFlight);
        }
        if (reconnectMin.isNegative() || reconnectMin.isZero() || reconnectMax.compareTo(reconnectMin) < 0) {
            throw new IllegalArgumentException("need 0 < reconnectMin <= reconnectMax: " + reconnectMin + ", "
                + reconnectMax);
        }
    }

    /**
     * The defaults: {@code /run/vpp/api.sock}, 5 s call timeout, 10,000 requests in flight, reconnect backoff from
     * 100 ms to 10 s, the best transport of this host.
     *
     * @return the default configuration
     */
    public static VppClientConfig defaults() {
        return new VppClientConfig(DEFAULT_SOCKET, DEFAULT_CLIENT_NAME, Duration.ofSeconds(5), 10_000,
            Duration.ofMillis(100), Duration.ofSeconds(10), UnixDomainTransport.preferred());
    }

    /**
     * This configuration with another socket.
     *
     * @param path the socket path
     * @return a copy
     */
    public VppClientConfig withSocketPath(final Path path) {
        return new VppClientConfig(path, clientName, callTimeout, maxInFlight, reconnectMin, reconnectMax, transport);
    }

    /**
     * This configuration with another client name.
     *
     * @param name the client name
     * @return a copy
     */
    public VppClientConfig withClientName(final String name) {
        return new VppClientConfig(socketPath, name, callTimeout, maxInFlight, reconnectMin, reconnectMax, transport);
    }

    /**
     * This configuration with another call timeout.
     *
     * @param timeout the timeout
     * @return a copy
     */
    public VppClientConfig withCallTimeout(final Duration timeout) {
        return new VppClientConfig(socketPath, clientName, timeout, maxInFlight, reconnectMin, reconnectMax, transport);
    }

    /**
     * This configuration with another window of requests in flight.
     *
     * @param window the window size
     * @return a copy
     */
    public VppClientConfig withMaxInFlight(final int window) {
        return new VppClientConfig(socketPath, clientName, callTimeout, window, reconnectMin, reconnectMax, transport);
    }

    /**
     * This configuration with another reconnect backoff.
     *
     * @param min the first delay
     * @param max the largest delay
     * @return a copy
     */
    public VppClientConfig withReconnectBackoff(final Duration min, final Duration max) {
        return new VppClientConfig(socketPath, clientName, callTimeout, maxInFlight, min, max, transport);
    }

    /**
     * This configuration with another transport.
     *
     * @param unixTransport the transport
     * @return a copy
     */
    public VppClientConfig withTransport(final UnixDomainTransport unixTransport) {
        return new VppClientConfig(socketPath, clientName, callTimeout, maxInFlight, reconnectMin, reconnectMax,
            unixTransport);
    }
}
